package io.streamjob.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.config.JobSpec;
import io.streamjob.config.Origins;
import io.streamjob.config.SinkSpec;
import io.streamjob.config.SourceSpec;
import io.streamjob.config.SparkSpec;
import io.streamjob.config.TransformSpec;
import io.streamjob.connector.Connectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCompilerTest {
  private final JobCompiler compiler =
      new JobCompiler(Connectors.catalogue(), name -> name.equals("delta-like"));

  /** A valid job to vary: rate -> console. */
  private static final class Job {
    String name;
    String source = "rate";
    Map<String, String> sourceOptions = new HashMap<>();
    String schema;
    String valueFormat;
    String watermark;
    String where;
    List<String> select;
    String sql;
    List<String> dedup;
    String sink = "console";
    Map<String, String> sinkOptions = new HashMap<>();
    String mode;
    String trigger;
    String checkpoint;
    String deadLetter;
    String ratio;
    Map<String, String> conf = new HashMap<>();

    JobSpec spec() {
      return new JobSpec(
          name,
          new SourceSpec(source, sourceOptions, schema, valueFormat),
          new TransformSpec(watermark, where, select, sql, dedup),
          new SinkSpec(sink, sinkOptions, mode, trigger, checkpoint, deadLetter, ratio),
          new SparkSpec(null, conf));
    }
  }

  private List<String> problems(Job job) {
    return compiler.findings(job.spec(), Origins.flags()).problems();
  }

  /** Exactly these problems, in this order, each containing its fragment. */
  private static void assertProblems(List<String> problems, String... fragmentPerProblem) {
    assertEquals(fragmentPerProblem.length, problems.size(), problems.toString());
    for (int i = 0; i < fragmentPerProblem.length; i++) {
      assertTrue(problems.get(i).contains(fragmentPerProblem[i]), problems.get(i));
    }
  }

  private static void assertOneProblem(List<String> problems, String... fragments) {
    assertEquals(1, problems.size(), problems.toString());
    for (String fragment : fragments) {
      assertTrue(problems.get(0).contains(fragment), problems.get(0));
    }
  }

  @Test
  void aValidJobHasNoProblem() {
    assertEquals(List.of(), problems(new Job()));
  }

  @Test
  void unknownSourceListsTheKnownOnesWithASuggestion() {
    Job job = new Job();
    job.source = "kafak";
    assertOneProblem(
        problems(job),
        "--source: unknown source 'kafak'",
        "did you mean 'kafka'?",
        "known sources: rate, rate-micro-batch, socket, kafka, json");
  }

  @Test
  void aSourceRegisteredWithSparkButNotDeclaredIsAccepted() {
    Job job = new Job();
    job.source = "delta-like";
    job.sourceOptions.put("anything", "goes");
    assertEquals(List.of(), problems(job));
  }

  @Test
  void syntaxErrorsOfSchemaAndSqlAreAllReportedWithSparksPosition() {
    Job job = jsonToConsole();
    job.schema = "id BIGINT, ts TIMESTAMPX";
    job.where = "amount >";
    job.select = List.of("id", "upper(user AS u");
    job.sql = "SELEC * FROM events";
    assertProblems(
        problems(job),
        "--schema: not a valid schema: [UNSUPPORTED_DATATYPE] Unsupported data type \"TIMESTAMPX\"",
        "--where: not a valid condition: [PARSE_SYNTAX_ERROR] Syntax error at or near end of input",
        "--select: not a valid expression: [PARSE_SYNTAX_ERROR]",
        "--sql: not a valid query: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'");
    assertTrue(problems(job).get(0).endsWith("line 1 pos 14"), problems(job).get(0));
    assertTrue(problems(job).get(1).endsWith("line 1 pos 8"), problems(job).get(1));
    job.schema = "id BIGINT ts";
    assertTrue(problems(job).get(0).contains("Syntax error at or near 'ts'"), problems(job).get(0));
  }

  @Test
  void validSchemaAndSqlPassTheSyntaxCheckWithoutAnalysis() {
    Job job = jsonToConsole();
    job.schema = "id BIGINT, user STRING, ts TIMESTAMP, tags ARRAY<STRING>, m MAP<STRING, INT>";
    job.where = "no_such_column > 0 AND user LIKE 'a%'";
    job.select = List.of("*", "amount * 2 AS doubled", "window(ts, '1 minute')");
    job.sql = "SELECT user, count(*) FROM events GROUP BY user";
    assertEquals(List.of(), problems(job));
  }

  @Test
  void deltaIsABundledSource() {
    Job job = new Job();
    job.source = "delta";
    job.sourceOptions.put("path", "/tables/orders");
    job.sourceOptions.put("startingVersion", "3");
    assertEquals(List.of(), problems(job));
    job.sourceOptions.remove("path");
    assertOneProblem(problems(job), "source 'delta' needs option 'path'");
  }

  @Test
  void dedupWithoutWatermarkIsAWarning() {
    Job job = new Job();
    job.dedup = List.of("value");
    JobCompiler.Findings findings = compiler.findings(job.spec(), Origins.flags());
    assertEquals(List.of(), findings.problems());
    assertEquals(1, findings.warnings().size(), findings.warnings().toString());
    assertTrue(
        findings.warnings().get(0).contains("--dedup without --watermark")
            && findings.warnings().get(0).contains("grows without bound"),
        findings.warnings().get(0));
    job.watermark = "timestamp=10 seconds";
    assertEquals(List.of(), compiler.findings(job.spec(), Origins.flags()).warnings());
  }

  @Test
  void undeclaredOptionsOfSparkFormatsAreWarningsNearMissesAreErrors() {
    Job job = new Job();
    job.sink = "parquet";
    job.checkpoint = "/ck";
    job.sinkOptions.putAll(Map.of("path", "/out", "parquet.bloom.filter.enabled", "true"));
    JobCompiler.Findings findings = compiler.findings(job.spec(), Origins.flags());
    assertEquals(List.of(), findings.problems());
    assertEquals(1, findings.warnings().size(), findings.warnings().toString());
    assertTrue(
        findings
            .warnings()
            .get(0)
            .startsWith(
                "--sink-option: sink 'parquet' does not declare 'parquet.bloom.filter.enabled'"),
        findings.warnings().get(0));
    job.sinkOptions.put("compresion", "snappy");
    assertOneProblem(
        problems(job),
        "unknown option 'compresion' for sink 'parquet'",
        "did you mean 'compression'?");
  }

  @Test
  void missingSourceAndSinkAreBothReported() {
    Job job = new Job();
    job.source = null;
    job.sink = null;
    List<String> problems = problems(job);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("--source is required"), problems.get(0));
    assertTrue(problems.get(1).startsWith("--sink is required"), problems.get(1));
  }

  @Test
  void fileSourceWithoutSchemaSaysHowToGiveOne() {
    Job job = new Job();
    job.source = "csv";
    job.sourceOptions.put("path", "/tmp");
    assertOneProblem(problems(job), "--schema", "needs the schema", "--schema @orders.ddl");
  }

  @Test
  void aMissingLocalInputFolderIsAProblemUnlessAGlobOrRemote() {
    Job job = new Job();
    job.source = "json";
    job.schema = "id INT";
    job.sourceOptions.put("path", "/no/such/streamjob-input");
    assertOneProblem(
        problems(job),
        "--source-option path: ",
        "input folder '/no/such/streamjob-input' does not exist");
    job.sourceOptions.put("path", "file:///no/such/streamjob-input");
    assertOneProblem(problems(job), "input folder '/no/such/streamjob-input' does not exist");
    // Spark waits for files to match a glob, and cannot be asked about hdfs: without a session.
    for (String accepted : List.of("/no/such/*.json", "hdfs://nn:8020/no/such", "/tmp")) {
      job.sourceOptions.put("path", accepted);
      assertEquals(List.of(), problems(job), accepted);
    }
  }

  @Test
  void fileSinkWithoutCheckpoint() {
    Job job = new Job();
    job.sink = "parquet";
    job.sinkOptions.put("path", "/out");
    assertOneProblem(problems(job), "--checkpoint: sink 'parquet' needs --checkpoint DIR");
  }

  @Test
  void kafkaSinkWithoutCheckpoint() {
    Job job = new Job();
    job.sink = "kafka";
    job.sinkOptions.put("kafka.bootstrap.servers", "h:9092");
    job.sinkOptions.put("topic", "out");
    assertOneProblem(problems(job), "sink 'kafka' needs --checkpoint");
  }

  @Test
  void fileSinkInUpdateMode() {
    Job job = new Job();
    job.sink = "json";
    job.sinkOptions.put("path", "/out");
    job.checkpoint = "/ck";
    job.mode = "update";
    assertOneProblem(problems(job), "--output-mode: sink 'json'", "supports only append");
  }

  @Test
  void badOutputModeAndTrigger() {
    Job job = new Job();
    job.mode = "upsert";
    job.trigger = "sometimes";
    assertProblems(problems(job), "'upsert' is not an output mode", "unknown trigger 'sometimes'");
  }

  @Test
  void realTimeTriggerNeedsKafkaUpdateModeASupportedSinkAndFiveSeconds() {
    Job job = new Job();
    job.sink = "parquet";
    job.sinkOptions.put("path", "/out");
    job.checkpoint = "/ck";
    job.trigger = "real-time=1s";
    List<String> problems = problems(job);
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.contains("--trigger: real-time needs --output-mode update"));
    assertTrue(problems.stream().anyMatch(p -> p.contains("at least 5s")));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.contains("real-time trigger with source 'rate'")
                        && p.contains("sources that support it: kafka")));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.contains("real-time trigger with sink 'parquet'")
                        && p.contains("sinks that support it: console, memory, kafka")));
  }

  @Test
  void realTimeMinimumCanBeLoweredThroughSparkConf() {
    Job job = kafkaToConsole();
    job.trigger = "real-time=1s";
    job.mode = "update";
    job.conf.put("spark.sql.streaming.realTimeMode.minBatchDuration", "1s");
    assertEquals(List.of(), problems(job));
  }

  @Test
  void continuousTriggerWithAFileSource() {
    Job job = new Job();
    job.source = "json";
    job.sourceOptions.put("path", "/tmp");
    job.schema = "id INT";
    job.trigger = "continuous=1s";
    assertOneProblem(problems(job), "continuous trigger with source 'json'");
  }

  @Test
  void memorySinkNeedsAQueryName() {
    Job job = new Job();
    job.sink = "memory";
    assertOneProblem(problems(job), "--query-name");
  }

  @Test
  void valueFormatOnlyWhereThereIsAValueAndWithASchema() {
    Job job = new Job();
    job.valueFormat = "json";
    assertOneProblem(problems(job), "source 'rate' has no value column");

    Job socket = new Job();
    socket.source = "socket";
    socket.sourceOptions.putAll(Map.of("host", "localhost", "port", "9999"));
    socket.valueFormat = "json";
    assertOneProblem(problems(socket), "--value-format: json needs --schema");

    socket.valueFormat = null;
    socket.schema = "id INT";
    assertOneProblem(problems(socket), "add --value-format json or csv");
  }

  @Test
  void confKeysMustBeSparkSettings() {
    Job job = new Job();
    job.conf.put("fs.s3a.endpoint", "x");
    assertOneProblem(
        problems(job), "'fs.s3a.endpoint' is not a Spark setting", "spark.hadoop.fs.s3a.endpoint");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Job job = new Job();
    job.source = "json";
    job.sink = "parquet";
    job.mode = "complete";
    job.watermark = "ts";
    job.trigger = "processing-time=fast";
    List<String> problems = problems(job);
    // no path (source), no path (sink), no schema, bad watermark, bad trigger, no checkpoint,
    // complete mode on a file sink
    assertEquals(7, problems.size(), String.join("\n", problems));
  }

  @Test
  void jdbcUpsertNeedsAKeyAndPostgres() {
    Job job = new Job();
    job.sink = "jdbc";
    job.checkpoint = "/ck";
    job.sinkOptions.putAll(Map.of("url", "jdbc:mysql://h/db", "table", "t", "mode", "upsert"));
    assertProblems(
        problems(job), "mode=upsert of sink 'jdbc' needs key=", "only available for PostgreSQL");
  }

  @Test
  void deltaTakesPathOrTableAndNoUpdateMode() {
    Job job = new Job();
    job.sink = "delta";
    job.checkpoint = "/ck";
    job.mode = "update";
    assertProblems(
        problems(job), "exactly one of path, table", "supports append and complete, not update");
  }

  @Test
  void deadLetterRules() {
    Job job = new Job();
    job.deadLetter = "/dl";
    job.ratio = "1.5";
    assertProblems(
        problems(job),
        "is not between 0 and 1",
        "only values decoded with --value-format json or csv");
    Job noTarget = new Job();
    noTarget.ratio = "0.1";
    assertOneProblem(problems(noTarget), "--max-bad-records-ratio: needs --dead-letter");
  }

  @Test
  void asyncProgressTrackingIsRefusedWithTriggersThatEndByThemselves() {
    Job job = kafkaToConsole();
    job.sink = "kafka";
    job.sinkOptions.putAll(
        Map.of(
            "kafka.bootstrap.servers",
            "h:9092",
            "topic",
            "out",
            "asyncProgressTrackingEnabled",
            "true"));
    job.checkpoint = "/tmp/streamjob-validator-test";
    assertEquals(List.of(), problems(job));
    job.trigger = "available-now";
    assertOneProblem(
        problems(job),
        "asyncProgressTrackingEnabled=true does not work with --trigger available-now");
  }

  private static Job jsonToConsole() {
    Job job = new Job();
    job.source = "json";
    job.sourceOptions.put("path", "/tmp");
    return job;
  }

  private static Job kafkaToConsole() {
    Job job = new Job();
    job.source = "kafka";
    job.sourceOptions.putAll(Map.of("kafka.bootstrap.servers", "h:9092", "subscribe", "t"));
    return job;
  }
}
