package io.streamjob.cli;

import static io.streamjob.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.cli.CliTest.Result;
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
    assertProblem(run("validate", "--source", "rate", "--sink", "json", "--sink-option", "path=/o"),
        "--checkpoint: sink 'json' needs --checkpoint");
    assertProblem(run("validate", "--source", "csv", "--source-option", "path=/i", "--sink", "noop"),
        "--schema: source 'csv' needs the schema");
    assertProblem(run("validate", "--source", "rate", "--source-option", "rowsPerSecond=fast",
        "--sink", "noop"), "option 'rowsPerSecond' of source 'rate' must be a whole number");
    assertProblem(run("validate", "--source", "rate", "--source-option", "rowz=1", "--sink", "noop"),
        "unknown option 'rowz' for source 'rate'", "supported: rowsPerSecond");
    assertProblem(run("validate", "--source", "kafka", "--source-option", "kafka.bootstrap.servers=h:1",
        "--sink", "console"), "exactly one of subscribe, subscribePattern, assign");
    assertProblem(run("validate", "--source", "rate", "--sink", "console", "--trigger", "real-time"),
        "real-time trigger with source 'rate'", "--trigger real-time needs --output-mode update");
    assertProblem(run("validate", "--source", "rate", "--sink", "console", "--output-mode", "all"),
        "--output-mode: 'all' is not an output mode");
    assertProblem(run("validate", "--source", "kafak", "--sink", "console"),
        "unknown source 'kafak' (did you mean 'kafka'?)");
  }

  @Test
  void severalProblemsAreAllReportedOnePerLine() {
    Result r = run("validate", "--source", "json", "--sink", "parquet", "--output-mode", "update",
        "--trigger", "continuous=1s", "--watermark", "ts");
    assertEquals(2, r.code());
    List<String> lines = r.err().lines().filter(l -> l.startsWith("streamjob: ")).toList();
    // path and schema of the source, path and checkpoint of the sink, update on a file sink,
    // the watermark, continuous with both components
    assertEquals(8, lines.size(), r.err());
  }

  @Test
  void checkpointThatCannotBeWritten() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertProblem(run("validate", "--source", "rate", "--sink", "parquet", "--sink-option", "path=/o",
        "--checkpoint", file.toString()), "exists and is not a directory");
    assertProblem(run("validate", "--source", "rate", "--sink", "parquet", "--sink-option", "path=/o",
        "--checkpoint", file.resolve("sub").toString()), "is not a writable directory");
  }

  @Test
  void jobFileProblemsAndFlagProblemsTogether() throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"),
        "source:\n  format: rate\n  optons: {rowsPerSecond: 1}\nsink:\n  format: console\n");
    assertProblem(run("validate", "-c", job.toString()),
        "job.yaml:3: unknown key 'source.optons' (did you mean 'options'?)");
  }

  @Test
  void aSourceOutsideTheCatalogueIsAWarningNotAnError() {
    Result r = run("validate", "--source", "org.example.MySource", "--sink", "console");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning: source 'org.example.MySource' is not in streamjob's catalogue"),
        r.err());
    assertTrue(r.out().contains("OK: the job is valid (1 warning)"), r.out());
  }

  static Stream<Path> exampleJobFiles() throws IOException {
    return Files.list(Path.of("conf/examples"))
        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest
  @MethodSource("exampleJobFiles")
  void everyExampleJobFileIsValid(Path example) {
    Result r = run("validate", "-c", example.toString());
    assertEquals(0, r.code(), example + ":\n" + r.err());
  }
}
