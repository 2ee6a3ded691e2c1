import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates a topic and fills it with N JSON orders of about 200 bytes, event times one
 * millisecond apart, for the throughput and stateful benchmarks.
 *
 * <p>Usage: LoadOrders BOOTSTRAP TOPIC PARTITIONS N
 */
public final class LoadOrders {
  public static void main(String[] args) throws Exception {
    Properties config = new Properties();
    config.put("bootstrap.servers", args[0]);
    try (Admin admin = Admin.create(config)) {
      admin.createTopics(java.util.List.of(new NewTopic(args[1], Integer.parseInt(args[2]), (short) 1)))
          .all().get();
    }
    config.put("linger.ms", "20");
    config.put("batch.size", "262144");
    config.put("compression.type", "lz4");
    long n = Long.parseLong(args[3]);
    Random random = new Random(42);
    long start = 1_767_225_600_000L;
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      for (long id = 1; id <= n; id++) {
        String value = String.format(
            "{\"id\": %d, \"user\": \"user-%04d\", \"amount\": %.2f, \"ts\": \"%s\","
                + " \"country\": \"%s\", \"note\": \"%s\"}",
            id, random.nextInt(2000), random.nextDouble() * 500,
            java.time.Instant.ofEpochMilli(start + id), id % 2 == 0 ? "DE" : "FR",
            "order placed through the web shop, paid by card, standard delivery");
        producer.send(new ProducerRecord<>(args[1], null, value));
      }
    }
    System.out.println("loaded " + n + " records into " + args[1]);
  }

  private LoadOrders() {}
}
