package io.streamjob.checkpoint;

import static io.streamjob.testing.JobFixture.ORDERS_SCHEMA;
import static io.streamjob.testing.JobFixture.run;
import static io.streamjob.testing.JobFixture.writeOrders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.JobFixture.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected: a restart with a changed job on an old checkpoint, and a truncated offsets
 * file. Counted: the exit code, the message, and the checkpoint's files before and after.
 */
class CheckpointSafetyTest {
  @TempDir Path dir;

  private Run aggregate(String sql, String... more) {
    List<String> args = new ArrayList<>(List.of("--source", "json",
        "--source-option", "path=" + dir.resolve("in"), "--schema", ORDERS_SCHEMA,
        "--watermark", "ts=10 seconds", "--sql", sql, "--output-mode", "update",
        "--sink", "noop",
        "--checkpoint", dir.resolve("checkpoint").toString(), "--trigger", "available-now",
        "--conf", "spark.sql.shuffle.partitions=2"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private static final String COUNT = "SELECT user, count(*) AS n FROM events GROUP BY user";

  @Test
  void aChangedAggregationIsRefusedSayingWhatChanged() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 20);
    assertEquals(0, aggregate(COUNT).code());
    Run changed = aggregate("SELECT user, sum(amount) AS total FROM events GROUP BY user");
    assertEquals(3, changed.code(), changed.err());
    assertTrue(changed.err().contains("belongs to a different job: stateful operators was"),
        changed.err());
    assertTrue(changed.err().contains("give a new --checkpoint"), changed.err());
    assertTrue(changed.err().contains("--force-checkpoint"), changed.err());
  }

  @Test
  void changedShufflePartitionsAreRefusedUnlessForced() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 20);
    assertEquals(0, aggregate(COUNT).code());
    writeOrders(dir.resolve("in"), "b.json", 21, 30);
    Run refused = aggregate(COUNT, "--conf", "spark.sql.shuffle.partitions=4");
    assertEquals(3, refused.code(), refused.err());
    assertTrue(refused.err().contains("shuffle partitions was 2, now 4"), refused.err());
    Run forced = aggregate(COUNT, "--conf", "spark.sql.shuffle.partitions=4", "--force-checkpoint");
    assertEquals(0, forced.code(), forced.err());
  }

  @Test
  void aDifferentSourceIsRefused() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    writeOrders(dir.resolve("other"), "a.json", 1, 5);
    Run first = run("--source", "json", "--source-option", "path=" + dir.resolve("in"),
        "--schema", ORDERS_SCHEMA, "--sink", "parquet", "--sink-option", "path=" + dir.resolve("out"),
        "--checkpoint", dir.resolve("checkpoint").toString(), "--trigger", "available-now");
    assertEquals(0, first.code(), first.err());
    Run other = run("--source", "json", "--source-option", "path=" + dir.resolve("other"),
        "--schema", ORDERS_SCHEMA, "--sink", "parquet", "--sink-option", "path=" + dir.resolve("out"),
        "--checkpoint", dir.resolve("checkpoint").toString(), "--trigger", "available-now");
    assertEquals(3, other.code(), other.err());
    assertTrue(other.err().contains("source was json path=" + dir.resolve("in")), other.err());
  }

  @Test
  void aTruncatedOffsetsFileIsAClearErrorAndNothingIsDeleted() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    assertEquals(0, aggregate(COUNT).code());
    Path offsets;
    try (Stream<Path> all = Files.list(dir.resolve("checkpoint/offsets"))) {
      offsets = all.filter(p -> p.getFileName().toString().matches("\\d+"))
          .max(java.util.Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString())))
          .orElseThrow();
    }
    Files.deleteIfExists(offsets.resolveSibling("." + offsets.getFileName() + ".crc"));
    String content = Files.readString(offsets);
    Files.writeString(offsets, content.substring(0, content.length() / 2));
    Map<Path, Long> before = files(dir.resolve("checkpoint"));

    Run r = aggregate(COUNT);
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("offsets/" + offsets.getFileName() + " is damaged: "), r.err());
    assertTrue(r.err().contains("Nothing was deleted"), r.err());
    assertEquals(before, files(dir.resolve("checkpoint")), "the checkpoint is untouched");

    io.streamjob.cli.CliTest.Result shown = io.streamjob.cli.CliTest.run(
        "checkpoint", dir.resolve("checkpoint").toString());
    assertEquals(3, shown.code());
    assertTrue(shown.err().contains("offsets/" + offsets.getFileName() + " is damaged"), shown.err());
  }

  @Test
  void theCheckpointCommandShowsWhatACheckpointHolds() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    writeOrders(dir.resolve("in"), "b.json", 6, 9);
    assertEquals(0, aggregate(COUNT, "--source-option", "maxFilesPerTrigger=1").code());
    io.streamjob.cli.CliTest.Result r = io.streamjob.cli.CliTest.run(
        "checkpoint", dir.resolve("checkpoint").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("  source: json path=" + dir.resolve("in")), r.out());
    assertTrue(r.out().contains("Aggregate [user], [user, count(1) AS n]"), r.out());
    java.util.regex.Matcher planned = java.util.regex.Pattern.compile("last planned batch: (\\d+)")
        .matcher(r.out());
    assertTrue(planned.find(), r.out());
    assertTrue(r.out().contains("last committed batch: " + planned.group(1) + "\n"), r.out());
    assertTrue(r.out().contains("  source 0: {\"logOffset\":1}"), r.out());
    assertTrue(r.out().contains("state: operator 0: 2 partitions"), r.out());
  }

  private static Map<Path, Long> files(Path root) throws Exception {
    Map<Path, Long> sizes = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        sizes.put(root.relativize(p), Files.size(p));
      }
    }
    return sizes;
  }
}
