package io.streamjob.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test broker itself: records written survive a stop and restart, as the fault tests rely on.
 */
@NeedsServices
class KafkaBrokerTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void producesConsumesAndKeepsRecordsAcrossARestart(@TempDir Path workDir) throws Exception {
    try (var broker = KafkaBroker.start(workDir)) {
      broker.createTopic("events", 3);
      List<Map.Entry<String, String>> records =
          IntStream.range(0, 100).mapToObj(i -> Map.entry("key-" + i, "value-" + i)).toList();
      broker.produce("events", records);
      Set<String> expected = records.stream().map(Map.Entry::getValue).collect(Collectors.toSet());

      List<ConsumerRecord<String, String>> read = broker.consume("events", 100, TIMEOUT);
      assertEquals(100, read.size());
      assertEquals(expected, values(read));
      Map<Integer, Long> endOffsets = broker.endOffsets("events");
      assertEquals(Set.of(0, 1, 2), endOffsets.keySet());
      assertEquals(100L, endOffsets.values().stream().mapToLong(Long::longValue).sum());

      broker.stop();
      broker.restart();
      read = broker.consume("events", 100, TIMEOUT);
      assertEquals(100, read.size());
      assertEquals(expected, values(read));
    }
  }

  private static Set<String> values(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::value).collect(Collectors.toSet());
  }
}
