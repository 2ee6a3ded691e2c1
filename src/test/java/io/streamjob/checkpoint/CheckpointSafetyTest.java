package io.streamjob.checkpoint;

import static io.streamjob.testing.InProcessCli.run;
import static io.streamjob.testing.InProcessCli.runLocal;
import static io.streamjob.testing.InProcessCli.runOn;
import static io.streamjob.testing.JobFixture.ORDERS_SCHEMA;
import static io.streamjob.testing.JobFixture.writeOrders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.streamjob.testing.InProcessCli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Faults injected: a restart with a changed job on an old checkpoint, and a truncated offsets file.
 * Counted: the exit code, the message, and the checkpoint's files before and after.
 */
class CheckpointSafetyTest {
  @TempDir Path dir;

  private Result aggregate(String sql, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "json",
                "--source-option",
                "path=" + dir.resolve("in"),
                "--schema",
                ORDERS_SCHEMA,
                "--watermark",
                "ts=10 seconds",
                "--sql",
                sql,
                "--output-mode",
                "update",
                "--sink",
                "noop",
                "--checkpoint",
                dir.resolve("checkpoint").toString(),
                "--trigger",
                "available-now",
                "--conf",
                "spark.sql.shuffle.partitions=2"));
    args.addAll(List.of(more));
    return runLocal(args.toArray(String[]::new));
  }

  private static final String COUNT = "SELECT user, count(*) AS n FROM events GROUP BY user";

  @Test
  void aChangedAggregationIsRefusedSayingWhatChanged() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 20);
    assertEquals(0, aggregate(COUNT).code());
    Result changed = aggregate("SELECT user, sum(amount) AS total FROM events GROUP BY user");
    assertEquals(3, changed.code(), changed.err());
    assertTrue(
        changed
            .err()
            .contains(
                "belongs to a different job: state operators was"
                    + " aggregation keys (string) buffers (bigint), now aggregation keys (string) buffers (double)"),
        changed.err());
    assertTrue(changed.err().contains("give a new --checkpoint"), changed.err());
    assertTrue(changed.err().contains("--force-checkpoint"), changed.err());
  }

  @Test
  void aStatelessJobResumesOnAnotherCoreCount() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 10);
    assertEquals(0, runOn("local[2]", toParquet()).code());
    writeOrders(dir.resolve("in"), "b.json", 11, 25);
    try (KeptSettingsLog log = new KeptSettingsLog()) {
      Result resumed = runOn("local[1]", toParquet());
      assertEquals(0, resumed.code(), resumed.err());
      assertEquals(
          List.of(
              "resuming with spark.sql.shuffle.partitions=2 as recorded in the"
                  + " checkpoint (this run's setting, 1, does not apply to it)"),
          log.lines());
    }
    assertEquals(LongStream.rangeClosed(1, 25).boxed().toList(), ids(dir.resolve("out")));
  }

  @Test
  void aStatefulJobResumesOnAnotherCoreCountWithItsState() throws Exception {
    // Every id twice, and ids 6..10 again after the restart: only the state kept from the
    // first run (in 2 partitions) drops those.
    writeOrders(dir.resolve("in"), "a.json", 1, 10);
    writeOrders(dir.resolve("in"), "a2.json", 1, 10);
    assertEquals(0, runOn("local[2]", toParquet("--dedup", "id")).code());
    writeOrders(dir.resolve("in"), "b.json", 6, 20);
    List<String> planArgs = new ArrayList<>(List.of("plan"));
    planArgs.addAll(List.of(toParquet("--dedup", "id")));
    Result plan = runOn("local[1]", planArgs.toArray(String[]::new));
    assertTrue(
        plan.out().contains("numPartitions = 2]"), "plan shows what Spark keeps: " + plan.out());
    try (KeptSettingsLog log = new KeptSettingsLog()) {
      Result resumed = runOn("local[1]", toParquet("--dedup", "id"));
      assertEquals(0, resumed.code(), resumed.err());
      assertEquals(1, log.lines().size(), log.lines().toString());
    }
    assertEquals(LongStream.rangeClosed(1, 20).boxed().toList(), ids(dir.resolve("out")));
  }

  @Test
  void renamingAnOutputColumnResumes() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 20);
    assertEquals(0, aggregate(COUNT).code());
    writeOrders(dir.resolve("in"), "b.json", 21, 30);
    Result renamed =
        aggregate("SELECT user AS customer, count(*) AS orders FROM events GROUP BY user");
    assertEquals(0, renamed.code(), renamed.err());
  }

  @Test
  void anotherStateStoreProviderResumesWithTheRecordedOneAndSaysSo() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 20);
    assertEquals(0, aggregate(COUNT).code());
    writeOrders(dir.resolve("in"), "b.json", 21, 30);
    // Spark resumes with the provider that wrote the state and ignores the new setting: so
    // does streamjob, and it says so rather than refusing a job Spark can run.
    String provider = "spark.sql.streaming.stateStore.providerClass";
    try (KeptSettingsLog log = new KeptSettingsLog()) {
      Result other =
          aggregate(
              COUNT,
              "--conf",
              provider
                  + "="
                  + "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider");
      assertEquals(0, other.code(), other.err());
      assertTrue(
          log.lines()
              .contains(
                  "resuming with spark.sql.streaming.stateStore.providerClass="
                      + "org.apache.spark.sql.execution.streaming.state.HDFSBackedStateStoreProvider as"
                      + " recorded in the checkpoint (this run's setting, org.apache.spark.sql.execution"
                      + ".streaming.state.RocksDBStateStoreProvider, does not apply to it)"),
          log.lines().toString());
    } finally {
      // In-process runs share one session: later tests start with Spark's default provider.
      SparkSession.getDefaultSession()
          .foreach(
              spark -> {
                spark.conf().unset(provider);
                return null;
              });
    }
    assertTrue(
        Files.readString(dir.resolve("checkpoint").resolve(JobFingerprint.FILE))
            .contains("HDFSBackedStateStoreProvider"),
        "the provider that holds the state stays recorded");
  }

  @Test
  void aFingerprintOfTheEarlierFormatIsNotRefusedForItsFormat() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 20);
    assertEquals(0, aggregate(COUNT).code());
    // As the earlier version wrote it: operators as Spark's text, shuffle partitions, output mode.
    Files.delete(dir.resolve("checkpoint").resolve("." + JobFingerprint.FILE + ".crc"));
    Files.writeString(
        dir.resolve("checkpoint").resolve(JobFingerprint.FILE),
        """
        {
          "source" : "json path=%s",
          "stateful operators" : "Aggregate [user], [user, count(1) AS n]",
          "shuffle partitions" : "2",
          "output mode" : "update",
          "sink" : "noop "
        }"""
            .formatted(dir.resolve("in")));
    writeOrders(dir.resolve("in"), "b.json", 21, 30);
    Result resumed = aggregate(COUNT);
    assertEquals(0, resumed.code(), resumed.err());
    String rewritten = Files.readString(dir.resolve("checkpoint").resolve(JobFingerprint.FILE));
    assertTrue(
        rewritten.contains("\"state operators\" : \"aggregation keys (string) buffers (bigint)\""),
        rewritten);
  }

  private String[] toParquet(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "json",
                "--source-option",
                "path=" + dir.resolve("in"),
                "--schema",
                ORDERS_SCHEMA,
                "--sink",
                "parquet",
                "--sink-option",
                "path=" + dir.resolve("out"),
                "--checkpoint",
                dir.resolve("checkpoint").toString(),
                "--trigger",
                "available-now"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** The ids in the parquet output, sorted, duplicates kept. */
  private static List<Long> ids(Path out) {
    return SparkSession.active()
        .read()
        .parquet(out.toString())
        .select("id")
        .as(Encoders.LONG())
        .collectAsList()
        .stream()
        .sorted()
        .toList();
  }

  /** What CheckpointGuard logs about the shuffle partitions while open. */
  private static final class KeptSettingsLog implements AutoCloseable {
    private final Logger logger =
        (Logger) LoggerFactory.getLogger("io.streamjob.checkpoint.CheckpointGuard");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    KeptSettingsLog() {
      appender.start();
      logger.addAppender(appender);
    }

    List<String> lines() {
      return appender.list.stream()
          .map(ILoggingEvent::getFormattedMessage)
          .filter(m -> m.startsWith("resuming with"))
          .toList();
    }

    @Override
    public void close() {
      logger.detachAppender(appender);
    }
  }

  @Test
  void aDifferentSourceIsRefused() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    writeOrders(dir.resolve("other"), "a.json", 1, 5);
    Result first =
        runLocal(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--sink",
            "parquet",
            "--sink-option",
            "path=" + dir.resolve("out"),
            "--checkpoint",
            dir.resolve("checkpoint").toString(),
            "--trigger",
            "available-now");
    assertEquals(0, first.code(), first.err());
    Result other =
        runLocal(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("other"),
            "--schema",
            ORDERS_SCHEMA,
            "--sink",
            "parquet",
            "--sink-option",
            "path=" + dir.resolve("out"),
            "--checkpoint",
            dir.resolve("checkpoint").toString(),
            "--trigger",
            "available-now");
    assertEquals(3, other.code(), other.err());
    assertTrue(other.err().contains("source was json path=" + dir.resolve("in")), other.err());
  }

  @Test
  void aTruncatedOffsetsFileIsAClearErrorAndNothingIsDeleted() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    assertEquals(0, aggregate(COUNT).code());
    Path offsets;
    try (Stream<Path> all = Files.list(dir.resolve("checkpoint/offsets"))) {
      offsets =
          all.filter(p -> p.getFileName().toString().matches("\\d+"))
              .max(
                  java.util.Comparator.comparingLong(
                      p -> Long.parseLong(p.getFileName().toString())))
              .orElseThrow();
    }
    Files.deleteIfExists(offsets.resolveSibling("." + offsets.getFileName() + ".crc"));
    String content = Files.readString(offsets);
    Files.writeString(offsets, content.substring(0, content.length() / 2));
    Map<Path, Long> before = files(dir.resolve("checkpoint"));

    Result r = aggregate(COUNT);
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("offsets/" + offsets.getFileName() + " is damaged: "), r.err());
    assertTrue(r.err().contains("Nothing was deleted"), r.err());
    assertEquals(before, files(dir.resolve("checkpoint")), "the checkpoint is untouched");

    Result shown = run("checkpoint", dir.resolve("checkpoint").toString());
    assertEquals(3, shown.code());
    assertTrue(
        shown.err().contains("offsets/" + offsets.getFileName() + " is damaged"), shown.err());
  }

  @Test
  void theCheckpointCommandShowsWhatACheckpointHolds() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    writeOrders(dir.resolve("in"), "b.json", 6, 9);
    assertEquals(0, aggregate(COUNT, "--source-option", "maxFilesPerTrigger=1").code());
    Result r = run("checkpoint", dir.resolve("checkpoint").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("  source: json path=" + dir.resolve("in")), r.out());
    assertTrue(
        r.out().contains("  state operators: aggregation keys (string) buffers (bigint)\n"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "  state store provider: org.apache.spark.sql.execution.streaming"
                    + ".state.HDFSBackedStateStoreProvider\n"),
        r.out());
    java.util.regex.Matcher planned =
        java.util.regex.Pattern.compile("last planned batch: (\\d+)").matcher(r.out());
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
