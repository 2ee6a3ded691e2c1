package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.connector.Connectors;
import io.streamjob.testing.JobFixture;
import io.streamjob.testing.LocalSpark;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delta sink through bin/streamjob, read back with Spark: every record once, across restarts;
 * and a Delta table as a source.
 */
class DeltaSinkIT {
  @TempDir Path dir;

  @AfterAll
  static void stopSpark() {
    LocalSpark.stop();
  }

  private ProcessResult streamjob(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(args));
    command.addAll(List.of("--master", "local[2]"));
    ProcessResult r = StreamjobProcess.in(dir).run(command);
    assertEquals(0, r.exitCode(), r.stderr());
    return r;
  }

  private static SparkSession spark() {
    SparkSession.Builder builder =
        SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false");
    Connectors.catalogue()
        .find(Kind.SINK, "delta")
        .orElseThrow()
        .sessionConf()
        .forEach(builder::config);
    return builder.getOrCreate();
  }

  @Test
  void appendByPathExactlyOnceAcrossRestarts() throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 60);
    String[] job = {
      "--source",
      "json",
      "--source-option",
      "path=" + dir.resolve("in"),
      "--source-option",
      "maxFilesPerTrigger=1",
      "--schema",
      JobFixture.ORDERS_SCHEMA,
      "--sink",
      "delta",
      "--sink-option",
      "path=" + dir.resolve("table"),
      "--sink-option",
      "partitionBy=user",
      "--checkpoint",
      dir.resolve("checkpoint").toString(),
      "--trigger",
      "available-now"
    };
    streamjob(job);
    JobFixture.writeOrders(dir.resolve("in"), "b.json", 61, 100);
    JobFixture.writeOrders(dir.resolve("in"), "c.json", 101, 120);
    streamjob(job);
    List<Long> ids =
        spark()
            .read()
            .format("delta")
            .load(dir.resolve("table").toString())
            .select("id")
            .orderBy("id")
            .collectAsList()
            .stream()
            .map(r -> r.getLong(0))
            .toList();
    assertEquals(LongStream.rangeClosed(1, 120).boxed().toList(), ids);
    assertEquals(
        List.of("user"),
        spark()
            .sql("DESCRIBE DETAIL delta.`" + dir.resolve("table") + "`")
            .select("partitionColumns")
            .first()
            .getList(0));
  }

  @Test
  void completeModeReplacesTheAggregate() throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 30);
    String[] job = {
      "--source",
      "json",
      "--source-option",
      "path=" + dir.resolve("in"),
      "--schema",
      JobFixture.ORDERS_SCHEMA,
      "--sql",
      "SELECT user, count(*) AS orders FROM events GROUP BY user",
      "--output-mode",
      "complete",
      "--sink",
      "delta",
      "--sink-option",
      "path=" + dir.resolve("totals"),
      "--checkpoint",
      dir.resolve("checkpoint").toString(),
      "--trigger",
      "available-now"
    };
    streamjob(job);
    JobFixture.writeOrders(dir.resolve("in"), "b.json", 31, 45);
    streamjob(job);
    List<Long> counts =
        spark()
            .read()
            .format("delta")
            .load(dir.resolve("totals").toString())
            .orderBy("user")
            .collectAsList()
            .stream()
            .map(r -> r.getLong(1))
            .toList();
    assertEquals(List.of(15L, 15L, 15L), counts, "45 orders over 3 users, each counted once");
  }

  @Test
  void aDeltaTableIsReadAsAStreamOfItsNewCommits() throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 40);
    streamjob(
        "--source",
        "json",
        "--source-option",
        "path=" + dir.resolve("in"),
        "--schema",
        JobFixture.ORDERS_SCHEMA,
        "--sink",
        "delta",
        "--sink-option",
        "path=" + dir.resolve("table"),
        "--checkpoint",
        dir.resolve("checkpoint").toString(),
        "--trigger",
        "available-now");
    String[] fromDelta = {
      "--source",
      "delta",
      "--source-option",
      "path=" + dir.resolve("table"),
      "--where",
      "amount > 100",
      "--sink",
      "parquet",
      "--sink-option",
      "path=" + dir.resolve("out"),
      "--checkpoint",
      dir.resolve("checkpoint-out").toString(),
      "--trigger",
      "available-now"
    };
    streamjob(fromDelta);
    List<Long> ids =
        spark()
            .read()
            .parquet(dir.resolve("out").toString())
            .select("id")
            .orderBy("id")
            .collectAsList()
            .stream()
            .map(x -> x.getLong(0))
            .toList();
    assertEquals(LongStream.rangeClosed(11, 40).boxed().toList(), ids);
  }
}
