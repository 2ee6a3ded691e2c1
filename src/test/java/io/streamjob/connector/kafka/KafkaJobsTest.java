package io.streamjob.connector.kafka;

import static io.streamjob.testing.InProcessCli.runLocal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.testing.InProcessCli.Result;
import io.streamjob.testing.JobFixture;
import io.streamjob.testing.Orders;
import io.streamjob.testing.WithKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kafka source and sink against a real single-node KRaft broker. */
class KafkaJobsTest extends WithKafkaBroker {
  @TempDir Path dir;

  private Result kafkaToParquet(String topic, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "kafka",
                "--bootstrap-servers",
                broker.bootstrapServers(),
                "--topic",
                topic,
                "--starting-offsets",
                "earliest",
                "--value-format",
                "json",
                "--schema",
                Orders.SCHEMA,
                "--select",
                "id",
                "--select",
                "user",
                "--select",
                "partition",
                "--select",
                "offset",
                "--select",
                "key",
                "--sink",
                "parquet",
                "--sink-option",
                "path=" + dir.resolve("out"),
                "--checkpoint",
                dir.resolve("checkpoint").toString(),
                "--trigger",
                "available-now"));
    args.addAll(List.of(more));
    return runLocal(args.toArray(String[]::new));
  }

  private List<Row> output() {
    return SparkSession.active()
        .read()
        .parquet(dir.resolve("out").toString())
        .orderBy("id")
        .collectAsList();
  }

  @Test
  void everyRecordOnceInTheFileSinkAndARestartAddsExactlyTheNewOnes() throws Exception {
    broker.createTopic("orders-a", 3);
    broker.produce("orders-a", Orders.keyed(1, 300));
    Result first = kafkaToParquet("orders-a");
    assertEquals(0, first.code(), first.err());
    List<Row> rows = output();
    assertEquals(
        LongStream.rangeClosed(1, 300).boxed().toList(),
        rows.stream().map(r -> r.getLong(0)).toList());
    // Kafka metadata stays next to the decoded fields; the key is decoded to a string.
    assertEquals(Set.of(0, 1, 2), rows.stream().map(r -> r.getInt(2)).collect(Collectors.toSet()));
    assertEquals("7", rows.get(6).getString(4));

    broker.produce("orders-a", Orders.keyed(301, 450));
    Result second = kafkaToParquet("orders-a");
    assertEquals(0, second.code(), second.err());
    assertEquals(
        LongStream.rangeClosed(1, 450).boxed().toList(),
        output().stream().map(r -> r.getLong(0)).toList());
  }

  @Test
  void anotherOutputTopicResumesWithTheNewRowsOnly() throws Exception {
    broker.createTopic("first-out", 1);
    broker.createTopic("second-out", 1);
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 5);
    assertEquals(0, toTopic("first-out").code());
    JobFixture.writeOrders(dir.resolve("in"), "b.json", 6, 8);
    Result moved = toTopic("second-out");
    assertEquals(0, moved.code(), moved.err());
    ObjectMapper json = new ObjectMapper();
    List<Long> ids = new ArrayList<>();
    for (ConsumerRecord<String, String> record :
        broker.consume("second-out", 3, Duration.ofSeconds(30))) {
      ids.add(json.readTree(record.value()).get("id").asLong());
    }
    Collections.sort(ids);
    assertEquals(List.of(6L, 7L, 8L), ids);
  }

  private Result toTopic(String topic) {
    return runLocal(
        "--source",
        "json",
        "--source-option",
        "path=" + dir.resolve("in"),
        "--schema",
        JobFixture.ORDERS_SCHEMA,
        "--sink",
        "kafka",
        "--bootstrap-servers",
        broker.bootstrapServers(),
        "--output-topic",
        topic,
        "--checkpoint",
        dir.resolve("checkpoint").toString(),
        "--trigger",
        "available-now");
  }

  @Test
  void kafkaToKafkaWithJsonValuesAndAKeyColumn() throws Exception {
    broker.createTopic("orders-b", 2);
    broker.createTopic("big-orders", 2);
    broker.produce("orders-b", Orders.keyed(1, 40));
    Result r =
        runLocal(
            "--source",
            "kafka",
            "--bootstrap-servers",
            broker.bootstrapServers(),
            "--topic",
            "orders-b",
            "--starting-offsets",
            "earliest",
            "--value-format",
            "json",
            "--schema",
            Orders.SCHEMA,
            "--where",
            "amount > 21",
            "--select",
            "id",
            "--select",
            "user",
            "--select",
            "amount",
            "--sink",
            "kafka",
            "--output-topic",
            "big-orders",
            "--sink-option",
            "keyColumn=user",
            "--checkpoint",
            dir.resolve("checkpoint").toString(),
            "--trigger",
            "available-now");
    assertEquals(0, r.code(), r.err());
    List<ConsumerRecord<String, String>> out =
        broker.consume("big-orders", 20, Duration.ofSeconds(30));
    assertEquals(20, out.size());
    ObjectMapper json = new ObjectMapper();
    Set<Long> ids = new TreeSet<>();
    for (ConsumerRecord<String, String> record : out) {
      JsonNode value = json.readTree(record.value());
      ids.add(value.get("id").asLong());
      assertEquals("u" + value.get("id").asLong() % 3, record.key());
      assertEquals(value.get("id").asLong() + 0.5, value.get("amount").asDouble());
      assertEquals(Set.of("id", "user", "amount"), fieldNames(value));
    }
    assertEquals(LongStream.rangeClosed(21, 40).boxed().collect(Collectors.toSet()), ids);
  }

  @Test
  void maxOffsetsPerTriggerBoundsEachBatch() throws Exception {
    broker.createTopic("orders-c", 2);
    broker.produce("orders-c", Orders.keyed(1, 100));
    List<Long> batchSizes = Collections.synchronizedList(new ArrayList<>());
    StreamingQueryListener listener =
        new StreamingQueryListener() {
          @Override
          public void onQueryStarted(QueryStartedEvent event) {}

          @Override
          public void onQueryTerminated(QueryTerminatedEvent event) {}

          @Override
          public void onQueryProgress(QueryProgressEvent event) {
            if ("bounded".equals(event.progress().name())) {
              batchSizes.add(event.progress().numInputRows());
            }
          }
        };
    // Listeners hear every query of the session; this one only counts the query named "bounded".
    SparkSession.builder().master("local[2]").getOrCreate().streams().addListener(listener);
    try {
      Result r =
          kafkaToParquet("orders-c", "--max-offsets-per-trigger", "30", "--query-name", "bounded");
      assertEquals(0, r.code(), r.err());
    } finally {
      SparkSession.active().streams().removeListener(listener);
    }
    assertEquals(100, output().size());
    // Progress events arrive asynchronously; the last may lag the end of the query a little.
    long deadline = System.currentTimeMillis() + 10_000;
    while (batchSizes.stream().mapToLong(Long::longValue).sum() < 100
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(100, batchSizes.stream().mapToLong(Long::longValue).sum(), batchSizes.toString());
    assertTrue(batchSizes.stream().allMatch(n -> n <= 30), batchSizes.toString());
    assertTrue(batchSizes.stream().filter(n -> n > 0).count() >= 4, batchSizes.toString());
  }

  @Test
  void aValueThatCannotBeDecodedStopsTheJobNamingTopicPartitionAndOffset() throws Exception {
    broker.createTopic("orders-d", 1);
    broker.produce(
        "orders-d",
        List.of(
            Map.entry("1", Orders.json(1)),
            Map.entry("2", "{\"id\": 2, \"amount\": \"lots\"}"),
            Map.entry("3", Orders.json(3))));
    Result r = kafkaToParquet("orders-d");
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "cannot decode the value at topic orders-d partition 0 offset 1" + " as json"),
        r.err());
    assertTrue(r.err().contains("\"lots\""), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void realTimeTriggerFromKafkaToKafka() throws Exception {
    kafkaToKafkaWhileRunning("rt", "--output-mode", "update", "--trigger", "real-time=5s");
  }

  @Test
  void asyncProgressTrackingFromKafkaToKafka() throws Exception {
    kafkaToKafkaWhileRunning(
        "async",
        "--trigger",
        "processing-time=200ms",
        "--sink-option",
        "asyncProgressTrackingEnabled=true");
  }

  /**
   * Starts a Kafka -> Kafka job with {@code more} flags, sends 20 orders once its query runs, and
   * checks that each arrives, transformed, before the query is stopped.
   */
  private void kafkaToKafkaWhileRunning(String name, String... more) throws Exception {
    broker.createTopic(name + "-in", 2);
    broker.createTopic(name + "-out", 2);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "kafka",
                "--bootstrap-servers",
                broker.bootstrapServers(),
                "--topic",
                name + "-in",
                "--value-format",
                "json",
                "--schema",
                Orders.SCHEMA,
                "--select",
                "id",
                "--select",
                "amount * 2 AS doubled",
                "--sink",
                "kafka",
                "--output-topic",
                name + "-out",
                "--query-name",
                name,
                "--checkpoint",
                dir.resolve(name + "-checkpoint").toString()));
    args.addAll(List.of(more));
    CompletableFuture<Result> job =
        CompletableFuture.supplyAsync(() -> runLocal(args.toArray(String[]::new)));
    StreamingQuery query = null;
    long deadline = System.currentTimeMillis() + 60_000;
    while (query == null && System.currentTimeMillis() < deadline && !job.isDone()) {
      query =
          Arrays.stream(SparkSession.builder().master("local[2]").getOrCreate().streams().active())
              .filter(q -> name.equals(q.name()))
              .findFirst()
              .orElse(null);
      Thread.sleep(200);
    }
    assertTrue(query != null, "query started: " + (job.isDone() ? job.get().err() : ""));
    broker.produce(name + "-in", Orders.keyed(1, 20));
    List<ConsumerRecord<String, String>> out =
        broker.consume(name + "-out", 20, Duration.ofSeconds(60));
    query.stop();
    Result r = job.get(60, TimeUnit.SECONDS);
    assertEquals(0, r.code(), r.err());
    ObjectMapper json = new ObjectMapper();
    Set<Long> ids = new TreeSet<>();
    for (ConsumerRecord<String, String> record : out) {
      JsonNode value = json.readTree(record.value());
      ids.add(value.get("id").asLong());
      assertEquals(2 * (value.get("id").asLong() + 0.5), value.get("doubled").asDouble());
    }
    assertEquals(LongStream.rangeClosed(1, 20).boxed().collect(Collectors.toSet()), ids);
  }

  @Test
  void anUnreachableBrokerIsAnEnvironmentErrorBeforeTheQueryStarts() {
    long start = System.currentTimeMillis();
    Result r =
        runLocal(
            "--source",
            "kafka",
            "--bootstrap-servers",
            "127.0.0.1:1",
            "--topic",
            "t",
            "--source-option",
            "kafka.default.api.timeout.ms=3000",
            "--sink",
            "console");
    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.err().startsWith("streamjob: --bootstrap-servers: cannot reach Kafka at 127.0.0.1:1"),
        r.err());
    assertTrue(System.currentTimeMillis() - start < 30_000, "failed fast");
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
