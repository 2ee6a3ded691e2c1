package io.streamjob.cli;

import static io.streamjob.testing.InProcessCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.InProcessCli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** validate: each kind of problem, all at once, and every example job file. */
class ValidateCommandTest {
  @TempDir Path dir;

  private static void assertProblem(Result r, String... fragments) {
    assertEquals(2, r.code(), r.err());
    for (String fragment : fragments) {
      assertTrue(r.err().contains(fragment), "'" + fragment + "' in:\n" + r.err());
    }
  }

  @Test
  void aValidJobIsOk() {
    Result r = run("validate", "--source", "rate", "--sink", "console", "--trigger", "once");
    assertEquals(0, r.code(), r.err());
    assertEquals("OK: the job is valid", r.out().strip());
  }

  @Test
  void eachKindOfProblemNamesTheOptionAtFault() {
    assertProblem(
        run("validate", "--source", "rate", "--sink", "json", "--sink-option", "path=/o"),
        "--checkpoint: sink 'json' needs --checkpoint");
    assertProblem(
        run("validate", "--source", "csv", "--source-option", "path=/i", "--sink", "noop"),
        "--schema: source 'csv' needs the schema");
    assertProblem(
        run(
            "validate",
            "--source",
            "rate",
            "--source-option",
            "rowsPerSecond=fast",
            "--sink",
            "noop"),
        "option 'rowsPerSecond' of source 'rate' must be a whole number");
    assertProblem(
        run("validate", "--source", "rate", "--source-option", "rowsPerSecnd=1", "--sink", "noop"),
        "unknown option 'rowsPerSecnd' for source 'rate' (did you mean 'rowsPerSecond'?)",
        "supported: rowsPerSecond");
    assertProblem(
        run(
            "validate",
            "--source",
            "kafka",
            "--source-option",
            "kafka.bootstrap.servers=h:1",
            "--sink",
            "console"),
        "exactly one of subscribe, subscribePattern, assign");
    assertProblem(
        run("validate", "--source", "rate", "--sink", "console", "--trigger", "real-time"),
        "real-time trigger with source 'rate'",
        "--trigger: real-time needs --output-mode update");
    assertProblem(
        run("validate", "--source", "rate", "--sink", "console", "--output-mode", "all"),
        "--output-mode: 'all' is not an output mode");
    assertProblem(
        run("validate", "--source", "kafak", "--sink", "console"),
        "unknown source 'kafak' (did you mean 'kafka'?)");
  }

  @Test
  void severalProblemsAreAllReportedOnePerLine() {
    Result r =
        run(
            "validate",
            "--source",
            "json",
            "--sink",
            "parquet",
            "--output-mode",
            "update",
            "--trigger",
            "continuous=1s",
            "--watermark",
            "ts");
    assertEquals(2, r.code());
    List<String> lines = r.err().lines().filter(l -> l.startsWith("streamjob: ")).toList();
    // path and schema of the source, path and checkpoint of the sink, update on a file sink,
    // the watermark, continuous with both components
    assertEquals(8, lines.size(), r.err());
  }

  @Test
  void checkpointThatCannotBeWritten() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertProblem(
        run(
            "validate",
            "--source",
            "rate",
            "--sink",
            "parquet",
            "--sink-option",
            "path=/o",
            "--checkpoint",
            file.toString()),
        "exists and is not a directory");
    assertProblem(
        run(
            "validate",
            "--source",
            "rate",
            "--sink",
            "parquet",
            "--sink-option",
            "path=/o",
            "--checkpoint",
            file.resolve("sub").toString()),
        "is not a writable directory");
  }

  @Test
  void jobFileProblemsAndFlagProblemsTogether() throws IOException {
    Path job =
        Files.writeString(
            dir.resolve("job.yaml"),
            "source:\n  format: rate\n  optons: {rowsPerSecond: 1}\nsink:\n  format: console\n");
    assertProblem(
        run("validate", "-c", job.toString()),
        "job.yaml:3: unknown key 'source.optons' (did you mean 'options'?)");
  }

  @Test
  void aSourceOutsideTheCatalogueIsAWarningNotAnError() {
    Result r = run("validate", "--source", "org.example.MySource", "--sink", "console");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err().contains("warning: source 'org.example.MySource' is not in streamjob's catalogue"),
        r.err());
    assertTrue(r.out().contains("OK: the job is valid (1 warning)"), r.out());
  }

  @Test
  void anOptionSparkTakesButStreamjobDoesNotDeclareIsPassedWithAWarning() {
    Result r =
        run(
            "validate",
            "--source",
            "json",
            "--source-option",
            "path=" + dir,
            "--source-option",
            "futureOption=1",
            "--source-option",
            "anotherOption=x",
            "--schema",
            "id BIGINT",
            "--sink",
            "console");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "streamjob: warning: --source-option: source 'json' does not"
                    + " declare 'anotherOption', 'futureOption'; passed to Spark"),
        r.err());
    assertTrue(r.out().contains("OK: the job is valid (1 warning)"), r.out());
  }

  @Test
  void syntaxErrorsInSchemaAndSqlAreAllReportedAtOnce() {
    Result r =
        run(
            "validate",
            "--source",
            "json",
            "--source-option",
            "path=" + dir,
            "--schema",
            "id BIGINT, ts TIMESTAMPX",
            "--where",
            "amount >",
            "--select",
            "id +",
            "--sql",
            "SELEC * FROM events",
            "--sink",
            "console");
    assertProblem(
        r,
        "streamjob: --schema: not a valid schema: [UNSUPPORTED_DATATYPE] Unsupported data type \"TIMESTAMPX\". SQLSTATE: 0A000; line 1 pos 14\n",
        "streamjob: --where: not a valid condition: [PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601; line 1 pos 8\n",
        "streamjob: --select: not a valid expression: [PARSE_SYNTAX_ERROR]",
        "streamjob: --sql: not a valid query: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'");
    assertEquals(4, r.err().lines().count(), r.err());
    assertProblem(
        run(
            "validate",
            "--source",
            "json",
            "--source-option",
            "path=" + dir,
            "--schema",
            "id BIGINT ts",
            "--sink",
            "console"),
        "--schema: not a valid schema: [PARSE_SYNTAX_ERROR] Syntax error at or near 'ts'");
  }

  @Test
  void aSchemaInAJobFileIsParsedToo() throws IOException {
    Path job =
        Files.writeString(
            dir.resolve("job.yaml"),
            "source:\n  format: json\n"
                + "  options: {path: "
                + dir
                + "}\n  schema: \"id BIGINT,\"\nsink:\n  format: console\n");
    assertProblem(
        run("validate", "-c", job.toString()),
        "job.yaml:4 (source.schema): not a valid schema: [PARSE_SYNTAX_ERROR] Syntax error at or"
            + " near end of input");
  }

  @Test
  void deltaIsAKnownSource() {
    Result r =
        run("validate", "--source", "delta", "--source-option", "path=" + dir, "--sink", "console");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void dedupWithoutWatermarkIsAWarning() {
    Result r = run("validate", "--source", "rate", "--dedup", "value", "--sink", "console");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("streamjob: warning: --dedup without --watermark"), r.err());
  }

  static Stream<Path> exampleJobFiles() throws IOException {
    return Files.list(Path.of("conf/examples"))
        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("exampleJobFiles")
  void everyExampleJobFileIsValid(Path example) {
    Result r = run("validate", "-c", example.toString());
    assertEquals(0, r.code(), example + ":\n" + r.err());
  }
}
