package io.streamjob.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.component.Catalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobValidatorTest {
  private final JobValidator validator =
      new JobValidator(Catalogue.standard(), name -> name.equals("delta-like"));

  /** A valid job to vary: rate -> console. */
  private static final class Job {
    String name;
    String source = "rate";
    Map<String, String> sourceOptions = new HashMap<>();
    String schema;
    String valueFormat;
    String watermark;
    String sink = "console";
    Map<String, String> sinkOptions = new HashMap<>();
    String mode;
    String trigger;
    String checkpoint;
    String deadLetter;
    String ratio;
    Map<String, String> conf = new HashMap<>();

    JobSpec spec() {
      return new JobSpec(name, new SourceSpec(source, sourceOptions, schema, valueFormat),
          new TransformSpec(watermark, null, null, null, null),
          new SinkSpec(sink, sinkOptions, mode, trigger, checkpoint, deadLetter, ratio),
          new SparkSpec(null, conf));
    }
  }

  private List<String> problems(Job job) {
    return validator.problems(job.spec());
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
    assertOneProblem(problems(job), "--source: unknown source 'kafak'", "did you mean 'kafka'?",
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
    assertOneProblem(problems(job), "--source-option path (job file key source.options.path)",
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
    assertProblems(problems(job), "'upsert' is not an output mode",
        "unknown trigger 'sometimes'");
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
    assertTrue(problems.contains("--trigger real-time needs --output-mode update"));
    assertTrue(problems.stream().anyMatch(p -> p.contains("at least 5s")));
    assertTrue(problems.stream().anyMatch(p ->
        p.contains("real-time trigger with source 'rate'") && p.contains("sources that support it: kafka")));
    assertTrue(problems.stream().anyMatch(p ->
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
    assertOneProblem(problems(socket), "--value-format json needs --schema");

    socket.valueFormat = null;
    socket.schema = "id INT";
    assertOneProblem(problems(socket), "add --value-format json or csv");
  }

  @Test
  void confKeysMustBeSparkSettings() {
    Job job = new Job();
    job.conf.put("fs.s3a.endpoint", "x");
    assertOneProblem(problems(job), "'fs.s3a.endpoint' is not a Spark setting",
        "spark.hadoop.fs.s3a.endpoint");
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
    assertProblems(problems(job), "mode=upsert of sink 'jdbc' needs key=",
        "only available for PostgreSQL");
  }

  @Test
  void deltaTakesPathOrTableAndNoUpdateMode() {
    Job job = new Job();
    job.sink = "delta";
    job.checkpoint = "/ck";
    job.mode = "update";
    assertProblems(problems(job), "exactly one of path, table",
        "supports append and complete, not update");
  }

  @Test
  void deadLetterRules() {
    Job job = new Job();
    job.deadLetter = "/dl";
    job.ratio = "1.5";
    assertProblems(problems(job), "is not between 0 and 1",
        "only values decoded with --value-format json or csv");
    Job noTarget = new Job();
    noTarget.ratio = "0.1";
    assertOneProblem(problems(noTarget), "--max-bad-records-ratio needs --dead-letter");
  }

  @Test
  void asyncProgressTrackingIsRefusedWithTriggersThatEndByThemselves() {
    Job job = kafkaToConsole();
    job.sink = "kafka";
    job.sinkOptions.putAll(Map.of("kafka.bootstrap.servers", "h:9092", "topic", "out",
        "asyncProgressTrackingEnabled", "true"));
    job.checkpoint = "/tmp/streamjob-validator-test";
    assertEquals(List.of(), problems(job));
    job.trigger = "available-now";
    assertOneProblem(problems(job), "asyncProgressTrackingEnabled=true does not work with --trigger available-now");
  }

  private static Job kafkaToConsole() {
    Job job = new Job();
    job.source = "kafka";
    job.sourceOptions.putAll(Map.of("kafka.bootstrap.servers", "h:9092", "subscribe", "t"));
    return job;
  }
}
