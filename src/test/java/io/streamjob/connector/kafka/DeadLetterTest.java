package io.streamjob.connector.kafka;

import static io.streamjob.testing.InProcessCli.runLocal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.testing.InProcessCli.Result;
import io.streamjob.testing.Orders;
import io.streamjob.testing.WithKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected: values that cannot be decoded, of every kind, mixed into good ones; and a batch
 * replayed after its commit was lost. Counted: sink rows + dead letters = records sent, each bad
 * record in the dead letters exactly once.
 */
class DeadLetterTest extends WithKafkaBroker {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  /** The kinds of bad value, cycled through; ids divisible by 100 get one. */
  private static final List<String> BAD =
      List.of(
          "{\"id\": %d, \"user\": \"u\", \"amount\": 1.5", // malformed JSON (truncated)
          "", // empty value
          "null", // JSON null
          "[%d, \"u\", 1.5]", // valid JSON, wrong shape
          "{\"id\": %d, \"user\": \"u\", \"amount\": \"lots\"}", // wrong type for the schema
          "{\"id\": \"%d-x\", \"user\": \"u\", \"amount\": 1.0}"); // wrong type for the id

  /**
   * Values that are accepted: extra fields are ignored, a number where a string is expected becomes
   * its text.
   */
  private static String good(long id) {
    return switch ((int) (id % 3)) {
      case 0 -> Orders.json(id);
      case 1 -> "{\"id\": " + id + ", \"user\": 42, \"amount\": 2.5, \"extra\": {\"x\": 1}}";
      default -> "{\"id\": " + id + ", \"user\": \"u\", \"amount\": 3}";
    };
  }

  private static List<Map.Entry<String, String>> mix(long n) {
    List<Map.Entry<String, String>> records = new ArrayList<>();
    for (long id = 1; id <= n; id++) {
      String value =
          id % 100 == 0 ? String.format(BAD.get((int) ((id / 100) % BAD.size())), id) : good(id);
      records.add(Map.entry(String.valueOf(id), value));
    }
    return records;
  }

  private Result job(String topic, String deadLetter, String... more) {
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
                "--max-offsets-per-trigger",
                "3000",
                "--value-format",
                "json",
                "--schema",
                Orders.SCHEMA,
                "--sink",
                "parquet",
                "--sink-option",
                "path=" + dir.resolve("out"),
                "--checkpoint",
                dir.resolve("checkpoint").toString(),
                "--trigger",
                "available-now",
                "--dead-letter",
                deadLetter));
    args.addAll(List.of(more));
    return runLocal(args.toArray(String[]::new));
  }

  private List<JsonNode> deadLetters() throws Exception {
    List<JsonNode> letters = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("dead"))) {
      for (Path file :
          files
              .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
              .sorted(Comparator.naturalOrder())
              .toList()) {
        for (String line : Files.readAllLines(file)) {
          letters.add(JSON.readTree(line));
        }
      }
    }
    return letters;
  }

  private long sinkRows() {
    return SparkSession.active().read().parquet(dir.resolve("out").toString()).count();
  }

  @Test
  void everyRecordIsInTheSinkOrInTheDeadLettersExactlyOnce() throws Exception {
    broker.createTopic("mixed", 3);
    broker.produce("mixed", mix(10_000));
    Result r = job("mixed", dir.resolve("dead").toString());
    assertEquals(0, r.code(), r.err());

    List<JsonNode> letters = deadLetters();
    assertEquals(10_000, sinkRows() + letters.size(), "sink + dead letters = records sent");
    Set<Long> badIds =
        letters.stream()
            .map(l -> Long.parseLong(l.get("key").asText()))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(100, letters.size(), "one dead letter per bad record");
    assertEquals(
        Stream.iterate(100L, id -> id <= 10_000, id -> id + 100).collect(Collectors.toSet()),
        badIds,
        "exactly the bad ids, once each");
    JsonNode first =
        letters.stream()
            .filter(l -> l.get("value").asText().startsWith("{\"id\": 600,"))
            .findFirst()
            .orElseThrow();
    assertEquals("mixed", first.get("topic").asText());
    assertTrue(first.get("reason").asText().startsWith("malformed JSON"), first.toString());
    assertTrue(
        first.has("partition") && first.has("offset") && first.has("batch_id") && first.has("time"),
        first.toString());
    Map<String, Long> reasons =
        letters.stream()
            .collect(
                Collectors.groupingBy(
                    l -> l.get("reason").asText().replaceAll(":.*", ""), Collectors.counting()));
    assertTrue(
        reasons.containsKey("empty value")
            && reasons.containsKey("malformed JSON")
            && reasons.containsKey("valid JSON but not an object (e.g. null, an array or a string)")
            && reasons.containsKey(
                "does not match the schema (id BIGINT,user STRING,amount DOUBLE,ts TIMESTAMP)"),
        reasons.toString());

    // The commit of the last batch is lost (as if the job died right before writing it): the
    // batch runs again on restart, and neither the sink nor the dead letters get it twice.
    Path commits = dir.resolve("checkpoint/commits");
    Path last =
        Files.list(commits)
            .filter(p -> p.getFileName().toString().matches("\\d+"))
            .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString())))
            .orElseThrow();
    Files.delete(last);
    Files.deleteIfExists(commits.resolve("." + last.getFileName() + ".crc"));
    Result replay = job("mixed", dir.resolve("dead").toString());
    assertEquals(0, replay.code(), replay.err());
    assertEquals(100, deadLetters().size(), "the replayed batch replaced its dead letters");
    assertEquals(10_000 - 100, sinkRows(), "the sink did not take the replayed batch twice");
  }

  @Test
  void deadLettersToAKafkaTopic() throws Exception {
    broker.createTopic("mixed-small", 1);
    broker.createTopic("dead-small", 1);
    broker.produce("mixed-small", mix(250));
    Result r = job("mixed-small", "kafka:dead-small");
    assertEquals(0, r.code(), r.err());
    List<ConsumerRecord<String, String>> letters =
        broker.consume("dead-small", 2, Duration.ofSeconds(30));
    assertEquals(2, letters.size());
    Map<String, JsonNode> byKey = new HashMap<>();
    for (ConsumerRecord<String, String> letter : letters) {
      byKey.put(letter.key(), JSON.readTree(letter.value()));
    }
    assertEquals(
        Set.of("100", "200"),
        byKey.values().stream().map(l -> l.get("key").asText()).collect(Collectors.toSet()));
    assertEquals(248, sinkRows());
  }

  @Test
  void tooManyBadRecordsInABatchStopTheJobWithTheCounts() throws Exception {
    broker.createTopic("mostly-bad", 1);
    List<Map.Entry<String, String>> records = new ArrayList<>();
    for (long id = 1; id <= 100; id++) {
      records.add(Map.entry(String.valueOf(id), id % 10 == 0 ? "not json" : Orders.json(id)));
    }
    broker.produce("mostly-bad", records);
    Result r = job("mostly-bad", dir.resolve("dead").toString(), "--max-bad-records-ratio", "0.05");
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "10 of 100 records (10.00%) could not be decoded, more than"
                    + " --max-bad-records-ratio 0.05"),
        r.err());
    assertEquals(10, deadLetters().size(), "nothing lost: the bad records are in the dead letters");
    assertEquals(90, sinkRows());
  }
}
