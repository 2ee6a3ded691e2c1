package io.streamjob.runner;

import static io.streamjob.testing.InProcessCli.runLocal;
import static io.streamjob.testing.JobFixture.ORDERS_SCHEMA;
import static io.streamjob.testing.JobFixture.writeOrders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.InProcessCli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File source -> transforms -> file sinks on a real local Spark session, read back through Spark.
 */
class FileJobsTest {
  @TempDir Path dir;

  private static SparkSession spark() {
    return SparkSession.active();
  }

  private static List<Long> ids(String format, Path path) {
    return spark()
        .read()
        .format(format)
        .schema(ORDERS_SCHEMA)
        .load(path.toString())
        .select("id")
        .orderBy("id")
        .collectAsList()
        .stream()
        .map(r -> r.getLong(0))
        .collect(Collectors.toList());
  }

  private Result ordersJob(String sink, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--source",
                "json",
                "--source-option",
                "path=" + dir.resolve("in"),
                "--schema",
                ORDERS_SCHEMA,
                "--sink",
                sink,
                "--sink-option",
                "path=" + dir.resolve("out"),
                "--checkpoint",
                dir.resolve("checkpoint").toString(),
                "--trigger",
                "available-now"));
    args.addAll(List.of(more));
    return runLocal(args.toArray(String[]::new));
  }

  @Test
  void filterAndSelectIntoParquet() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 50);
    Result r =
        ordersJob(
            "parquet",
            "--where",
            "amount > 200",
            "--select",
            "id",
            "--select",
            "user",
            "--select",
            "amount",
            "--select",
            "ts");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        LongStream.rangeClosed(21, 50).boxed().toList(), ids("parquet", dir.resolve("out")));
  }

  @Test
  void schemaFromAFile() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 4);
    Path ddl = Files.writeString(dir.resolve("orders.ddl"), ORDERS_SCHEMA + "\n");
    Result r =
        runLocal(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            "@" + ddl,
            "--sink",
            "memory",
            "--query-name",
            "from_ddl_file",
            "--trigger",
            "available-now");
    assertEquals(0, r.code(), r.err());
    assertEquals(4L, spark().table("from_ddl_file").count());
  }

  @Test
  void aLiteralDollarBraceReachesTheDataAsText() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r =
        runLocal(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--where",
            "'$${x}' <> ''",
            "--sql",
            "SELECT id, '$${x}' AS x, '$${env:HOME}' AS home FROM events",
            "--sink",
            "memory",
            "--query-name",
            "literal_dollar_brace",
            "--trigger",
            "available-now");
    assertEquals(0, r.code(), r.err());
    List<Row> rows = spark().table("literal_dollar_brace").orderBy("id").collectAsList();
    assertEquals(3, rows.size());
    // Spark's own variable substitution is off: ${env:HOME} is not replaced either.
    assertEquals(
        List.of("${x}", "${env:HOME}"),
        List.of(rows.get(0).getString(1), rows.get(0).getString(2)));
  }

  @Test
  void jsonSinkWithComputedColumnAndPartitions() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 9);
    Result r =
        ordersJob(
            "json",
            "--select",
            "id",
            "--select",
            "user",
            "--select",
            "amount * 100 AS cents",
            "--sink-option",
            "partitionBy=user");
    assertEquals(0, r.code(), r.err());
    List<Row> rows =
        spark().read().json(dir.resolve("out").toString()).orderBy("id").collectAsList();
    assertEquals(9, rows.size());
    assertEquals(1000.0, rows.get(0).getDouble(rows.get(0).fieldIndex("cents")));
    assertTrue(Files.isDirectory(dir.resolve("out/user=u1")), "partitioned by user");
  }

  @Test
  void restartOnTheSameCheckpointReadsOnlyNewFiles() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 20);
    assertEquals(0, ordersJob("parquet").code());
    writeOrders(dir.resolve("in"), "b.json", 21, 35);
    Result second = ordersJob("parquet");
    assertEquals(0, second.code(), second.err());
    // Each id exactly once: the first file was not read again.
    assertEquals(
        LongStream.rangeClosed(1, 35).boxed().toList(), ids("parquet", dir.resolve("out")));
  }

  @Test
  void windowedAggregationWithWatermarkInUpdateModeToMemory() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 150);
    Result r =
        runLocal(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--watermark",
            "ts=10 seconds",
            "--sql",
            "SELECT window(ts, '1 minute').start AS minute, count(*) AS orders,"
                + " sum(amount) AS total FROM events GROUP BY window(ts, '1 minute')",
            "--output-mode",
            "update",
            "--sink",
            "memory",
            "--query-name",
            "per_minute",
            "--trigger",
            "available-now");
    assertEquals(0, r.code(), r.err());
    List<Row> rows =
        spark().sql("SELECT orders, total FROM per_minute ORDER BY minute").collectAsList();
    // ids 1..59 in minute 0, 60..119 in minute 1, 120..150 in minute 2
    assertEquals(List.of(59L, 60L, 31L), rows.stream().map(x -> x.getLong(0)).toList());
    assertEquals(10.0 * LongStream.rangeClosed(1, 59).sum(), rows.get(0).getDouble(1));
  }

  @Test
  void optionsSparkDocumentsReachSpark() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 50);
    Result r =
        ordersJob(
            "parquet",
            "--source-option",
            "timeZone=UTC",
            "--source-option",
            "ignoreCorruptFiles=true",
            "--sink-option",
            "maxRecordsPerFile=10");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        LongStream.rangeClosed(1, 50).boxed().toList(), ids("parquet", dir.resolve("out")));
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(5, files.filter(f -> f.toString().endsWith(".parquet")).count());
    }
  }

  @Test
  void dedupDropsRepeatedIds() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 10);
    writeOrders(dir.resolve("in"), "b.json", 5, 15);
    Result r = ordersJob("parquet", "--dedup", "id");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        LongStream.rangeClosed(1, 15).boxed().toList(), ids("parquet", dir.resolve("out")));
  }

  @Test
  void jsonValuesOfTextFilesAreDecoded() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    Result r =
        runLocal(
            "--source",
            "text",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--value-format",
            "json",
            "--schema",
            ORDERS_SCHEMA,
            "--where",
            "id > 2",
            "--sink",
            "memory",
            "--query-name",
            "decoded",
            "--trigger",
            "available-now");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        List.of(3L, 4L, 5L),
        spark().sql("SELECT id FROM decoded ORDER BY id").collectAsList().stream()
            .map(x -> x.getLong(0))
            .toList());
  }

  @Test
  void aValueThatCannotBeDecodedStopsTheJobInsteadOfBecomingNulls() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/bad.json"), "{\"id\": 1}\n{\"id\": \"one\n");
    Result r =
        runLocal(
            "--source",
            "text",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--value-format",
            "json",
            "--schema",
            "id BIGINT",
            "--sink",
            "memory",
            "--query-name",
            "bad_values",
            "--trigger",
            "available-now");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("query 'bad_values' failed:"), r.err());
    assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
  }

  @Test
  void unknownColumnInWhereIsAUsageErrorNamingTheOption() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r = ordersJob("parquet", "--where", "price > 1");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("streamjob: --where: [UNRESOLVED_COLUMN"), r.err());
    assertTrue(r.err().contains("`price`"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void badSqlIsAUsageError() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r = ordersJob("parquet", "--sql", "SELEKT id FROM events");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("streamjob: --sql: "), r.err());
  }

  @Test
  void completeModeWithoutAggregationSaysWhatToDo() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r =
        runLocal(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--sink",
            "console",
            "--output-mode",
            "complete",
            "--trigger",
            "available-now");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("output mode: complete"), r.err());
    assertTrue(r.err().contains("use --output-mode append or update"), r.err());
  }

  @Test
  void invalidSchemaIsAUsageError() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r =
        runLocal(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            "id BIGNUMBER",
            "--sink",
            "console",
            "--trigger",
            "available-now");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("streamjob: --schema: not a valid schema"), r.err());
  }

  @Test
  void unwritableCheckpointIsAnEnvironmentErrorBeforeAnyDataIsRead() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    Result r =
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
            file.resolve("checkpoint").toString(),
            "--trigger",
            "available-now");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().startsWith("streamjob: --checkpoint: cannot write to"), r.err());
    assertFalse(
        Files.exists(dir.resolve("out")) && Files.list(dir.resolve("out")).findAny().isPresent(),
        "nothing written");
  }
}
