package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.Processes;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate and job files, run through bin/streamjob as users run them. */
class ValidateIT {
  @TempDir Path dir;
  private StreamjobProcess streamjob;

  @BeforeEach
  void inTheTestsFolder() {
    streamjob = StreamjobProcess.in(dir);
  }

  /**
   * A Spark context or session, or Spark's SQL configuration (seconds to load), in the class log.
   */
  private static final Pattern SESSION_CLASSES =
      Pattern.compile(
          "\\] org\\.apache\\.spark\\.(SparkContext|sql\\.SparkSession|sql\\.internal\\.SQLConf)[$ ]");

  @Test
  void validateParsesSchemaAndSqlWithoutASparkSession() throws Exception {
    Path example = Processes.projectHome().resolve("conf/examples/kafka-orders-to-parquet.yaml");
    ProcessResult r =
        streamjob
            .withEnv("STREAMJOB_JAVA_OPTS", "-verbose:class")
            .run("validate", "-c", example.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().contains("OK: the job is valid"), r.stdout());
    assertTrue(r.stdout().contains("io.streamjob.compile.JobCompiler"), "class loading was logged");
    assertTrue(
        r.stdout().contains("org.apache.spark.sql.catalyst.parser.SqlBaseParser "),
        "the schema and transforms were parsed by Spark's parser");
    assertFalse(SESSION_CLASSES.matcher(r.stdout()).find(), "a session class was loaded");
  }

  @Test
  void validateLoadsNoSparkClassWhenThereIsNothingToParse() throws Exception {
    ProcessResult r =
        streamjob
            .withEnv("STREAMJOB_JAVA_OPTS", "-verbose:class")
            .run("validate", "--source", "rate", "--sink", "console");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().contains("io.streamjob.compile.JobCompiler"), "class loading was logged");
    assertFalse(r.stdout().contains("org.apache.spark."), "a Spark class was loaded");
  }

  /**
   * The connectors' declarations are read, their Spark bindings are not loaded: validate of a
   * Kafka-to-Kafka job loads no binding class and nothing of Spark.
   */
  @Test
  void validateReadsDeclarationsAndLoadsNoSparkBinding() throws Exception {
    ProcessResult r =
        streamjob
            .withEnv("STREAMJOB_JAVA_OPTS", "-verbose:class")
            .run(
                "validate",
                "--source",
                "kafka",
                "--bootstrap-servers",
                "127.0.0.1:9",
                "--topic",
                "in",
                "--sink",
                "kafka",
                "--output-topic",
                "out",
                "--checkpoint",
                dir.resolve("ck").toString());
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(
        r.stdout().contains("io.streamjob.connector.kafka.KafkaConnector "),
        "the Kafka connector's declarations were read");
    assertFalse(
        Pattern.compile("\\] io\\.streamjob\\.connector\\.\\S+Binding ").matcher(r.stdout()).find(),
        "a binding class was loaded");
    assertFalse(r.stdout().contains("org.apache.spark."), "a Spark class was loaded");
  }

  @Test
  void validateReportsSyntaxErrorsWithoutASparkSession() throws Exception {
    ProcessResult r =
        streamjob
            .withEnv("STREAMJOB_JAVA_OPTS", "-verbose:class")
            .run(
                "validate",
                "--source",
                "json",
                "--source-option",
                "path=" + dir,
                "--schema",
                "id BIGINT ts",
                "--sql",
                "SELEC * FROM events",
                "--sink",
                "console");
    assertEquals(2, r.exitCode(), r.stderr());
    assertEquals(
        List.of(
            "streamjob: --schema: not a valid schema: [PARSE_SYNTAX_ERROR] Syntax error at or near"
                + " 'ts'. SQLSTATE: 42601; line 1 pos 10",
            "streamjob: --sql: not a valid query: [PARSE_SYNTAX_ERROR] Syntax error at or near"
                + " 'SELEC'. SQLSTATE: 42601; line 1 pos 0"),
        r.stderr().lines().toList());
    assertFalse(SESSION_CLASSES.matcher(r.stdout()).find(), "a session class was loaded");
  }

  @Test
  void aJobFileWithADefaultRunsWithAndWithoutTheVariable() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.json"), "{\"id\": 1}\n{\"id\": 2}\n");
    Path job =
        Files.writeString(
            dir.resolve("job.yaml"),
            """
        source:
          format: json
          options: {path: "%s"}
          schema: "id BIGINT"
        sink:
          format: json
          options: {path: "${OUT:-%s}/data"}
          checkpoint: ${OUT:-%s}/checkpoint
          trigger: available-now
        spark: {master: "local[1]"}
        """
                .formatted(in, dir.resolve("default"), dir.resolve("default")));
    ProcessResult withoutVariable = streamjob.run("-c", job.toString());
    assertEquals(0, withoutVariable.exitCode(), withoutVariable.stderr());
    assertTrue(Files.isDirectory(dir.resolve("default/data/_spark_metadata")));

    ProcessResult withVariable =
        streamjob.withEnv("OUT", dir.resolve("given").toString()).run("-c", job.toString());
    assertEquals(0, withVariable.exitCode(), withVariable.stderr());
    assertTrue(Files.isDirectory(dir.resolve("given/data/_spark_metadata")));
  }

  /** cron starts jobs in $HOME, Airflow in a temporary folder: a job file must not care. */
  @Test
  void anExampleJobFileWorksFromAnotherFolder() throws Exception {
    String example =
        Processes.projectHome().resolve("conf/examples/orders-per-minute.yaml").toString();
    ProcessResult validate = streamjob.run("validate", "-c", example);
    assertEquals(0, validate.exitCode(), validate.stderr());
    ProcessResult plan = streamjob.run("plan", "-c", example);
    assertEquals(0, plan.exitCode(), plan.stderr());
    assertTrue(
        plan.stdout().contains(Processes.projectHome().resolve("conf/samples/orders").toString()),
        plan.stdout());
    ProcessResult run = streamjob.run("run", "-c", example);
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("revenue"), run.stdout());
    assertFalse(run.stderr().contains("PATH_NOT_FOUND"), run.stderr());
  }
}
