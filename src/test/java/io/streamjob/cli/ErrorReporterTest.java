package io.streamjob.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.error.UsageException;
import io.streamjob.testing.InProcessCli;
import io.streamjob.testing.InProcessCli.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What an exception that ends a command becomes: its exit code and its lines on stderr. */
class ErrorReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter err = new StringWriter();

  /** The run command, parsed from {@code args}, as picocli hands it to the reporter. */
  private CommandLine run(String... args) {
    CommandLine cli =
        CommandLines.create(new PrintWriter(new StringWriter()), new PrintWriter(err));
    cli.parseArgs(Stream.concat(Stream.of("run"), Arrays.stream(args)).toArray(String[]::new));
    return cli.getSubcommands().get("run");
  }

  private int report(Exception ex, String... args) {
    return new ErrorReporter().handleExecutionException(ex, run(args), null);
  }

  @Test
  void anUnexpectedExceptionInStreamjobIsAnInternalErrorAskingForAReport() {
    int code =
        report(
            new IllegalStateException(
                "wrapped",
                new NullPointerException(
                    "Cannot invoke \"String.length()\" because \"name\" is null")));
    assertEquals(4, code);
    assertEquals(
        "streamjob: internal error: NullPointerException: Cannot invoke \"String.length()\""
            + " because \"name\" is null (a defect in streamjob; please report it with the output of"
            + " --verbose)\n",
        err.toString());
  }

  @Test
  void verboseAddsTheStackTraceOfAnInternalError() {
    assertEquals(4, report(new NullPointerException(), "--verbose"));
    assertTrue(
        err.toString().startsWith("streamjob: internal error: NullPointerException (a defect"),
        err.toString());
    assertTrue(err.toString().contains("\tat io.streamjob.cli.ErrorReporterTest"), err.toString());
  }

  @Test
  void aFailureSparkReportedStaysAFailedQuery() {
    assertEquals(1, report(new RuntimeException(new SparkException("Job aborted: task failed"))));
    assertTrue(
        err.toString().startsWith("streamjob: unexpected error: Job aborted: task failed"),
        err.toString());
  }

  @Test
  void anIoFailureIsTheEnvironment() {
    assertEquals(3, report(new UncheckedIOException(new IOException("No space left on device"))));
  }

  @Test
  void withJsonLogsEveryErrorLineIsAJsonObjectWithTheExitCode() throws Exception {
    int code =
        report(
            new UsageException(List.of("--where: bad", "--select: bad")), "--log-format", "json");
    assertEquals(2, code);
    var lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err.toString());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals("ERROR", first.get("level").asText());
    assertEquals("--where: bad", first.get("message").asText());
    assertTrue(first.get("exit_code").isInt());
    assertEquals(2, first.get("exit_code").asInt());
    assertTrue(
        first.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
  }

  @Test
  void withJsonLogsTheInternalErrorCarriesItsStackTraceAsAField() throws Exception {
    assertEquals(
        4,
        report(
            new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3"),
            "--log-format",
            "json",
            "--verbose"));
    var lines = err.toString().lines().toList();
    assertEquals(1, lines.size(), err.toString());
    JsonNode line = JSON.readTree(lines.get(0));
    assertEquals(4, line.get("exit_code").asInt());
    assertTrue(
        line.get("message").asText().startsWith("internal error: ArrayIndexOutOfBoundsException"));
    assertTrue(line.get("stack_trace").asText().contains("at io.streamjob.cli.ErrorReporterTest"));
  }

  @Test
  void aCommandLineThatDoesNotParseAnswersInJsonWhenItAskedForJson() throws Exception {
    Result r =
        InProcessCli.run(
            "--log-format", "json", "--source", "rate", "--sink", "console", "--trigerr", "once");
    assertEquals(2, r.code());
    var lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r.err());
    JsonNode line = JSON.readTree(lines.get(0));
    assertTrue(
        line.get("message").asText().contains("Unknown options: '--trigerr'"), line.toString());
    assertFalse(r.err().contains("streamjob: "), r.err());
  }
}
