import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End-to-end record latency of a Kafka -> Kafka job: sends JSON orders at a steady rate and reads
 * the job's output topic. The input's timestamp is the producer's send time (CreateTime); the
 * output topic stamps each record when the broker appends it (LogAppendTime); the job copies the
 * input timestamp into its output as {@code in_ms}. Latency = output append time - {@code in_ms},
 * both from this machine's clock.
 *
 * <p>Usage: {@code LatencyProbe topics BOOTSTRAP IN OUT} creates the two topics (IN with 2
 * partitions). {@code LatencyProbe measure BOOTSTRAP IN OUT RATE WARMUP_S MEASURE_S} sends RATE
 * records/s for WARMUP_S + MEASURE_S seconds and prints one JSON line with the percentiles (ms) of
 * the records sent during the measured part, and how many of them never arrived.
 */
public final class LatencyProbe {
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern IN_MS = Pattern.compile("\"in_ms\":(\\d+)");

  public static void main(String[] args) throws Exception {
    Properties config = new Properties();
    config.put("bootstrap.servers", args[1]);
    if (args[0].equals("topics")) {
      try (Admin admin = Admin.create(config)) {
        admin.createTopics(List.of(new NewTopic(args[2], 2, (short) 1),
            new NewTopic(args[3], 2, (short) 1)
                .configs(Map.of("message.timestamp.type", "LogAppendTime")))).all().get();
      }
      return;
    }
    int rate = Integer.parseInt(args[4]);
    long warmup = rate * Long.parseLong(args[5]);
    long total = warmup + rate * Long.parseLong(args[6]);
    long[] latency = new long[(int) total];
    Arrays.fill(latency, -1);
    try (KafkaConsumer<String, String> consumer = consumer(config, args[3])) {
      Thread producer = new Thread(() -> send(config, args[2], rate, total), "steady-producer");
      producer.start();
      long deadline = Long.MAX_VALUE;
      long received = 0;
      while (received < total && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
          int id = Integer.parseInt(find(ID, r.value()));
          if (latency[id] < 0) {
            received++;
          }
          latency[id] = r.timestamp() - Long.parseLong(find(IN_MS, r.value()));
        }
        if (!producer.isAlive() && deadline == Long.MAX_VALUE) {
          deadline = System.currentTimeMillis() + 15_000; // stragglers
        }
      }
    }
    List<Long> measured = new ArrayList<>();
    long lost = 0;
    for (long id = warmup; id < total; id++) {
      if (latency[(int) id] < 0) {
        lost++;
      } else {
        measured.add(latency[(int) id]);
      }
    }
    measured.sort(null);
    System.out.printf("{\"records\": %d, \"lost\": %d, \"p50\": %d, \"p99\": %d, \"p999\": %d, \"max\": %d}%n",
        measured.size(), lost, percentile(measured, 50), percentile(measured, 99),
        percentile(measured, 99.9), measured.isEmpty() ? -1 : measured.get(measured.size() - 1));
  }

  /** RATE records a second, each sent at its own scheduled time (no bursts), ids 0..total-1. */
  private static void send(Properties base, String topic, int rate, long total) {
    Properties config = new Properties();
    config.putAll(base);
    config.put("linger.ms", "0");
    config.put("acks", "1");
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      for (long id = 0; id < total; id++) {
        long due = start + id * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        producer.send(new ProducerRecord<>(topic, String.format(
            "{\"id\": %d, \"user\": \"user-%04d\", \"amount\": %d.25, \"country\": \"DE\","
                + " \"note\": \"order placed through the web shop, paid by card, standard delivery\"}",
            id, id % 2000, id % 500)));
      }
    }
  }

  private static KafkaConsumer<String, String> consumer(Properties base, String topic) {
    Properties config = new Properties();
    config.putAll(base);
    config.put("fetch.max.wait.ms", "50");
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve the end now, before anything is sent
    return consumer;
  }

  private static String find(Pattern field, String json) {
    Matcher m = field.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + field + " in output record " + json);
    }
    return m.group(1);
  }

  private static long percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  private LatencyProbe() {}
}
