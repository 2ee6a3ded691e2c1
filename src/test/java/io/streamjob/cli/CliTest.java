package io.streamjob.cli;

import static io.streamjob.testing.InProcessCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.InProcessCli.Result;
import org.junit.jupiter.api.Test;

/** The command line without Spark: every case here fails or answers before a session starts. */
class CliTest {
  @Test
  void versionNamesStreamjobAndSpark() {
    Result r = run("--version");
    assertEquals(0, r.code());
    assertTrue(
        r.out().matches("(?s)streamjob \\S+ \\(Spark 4\\.2\\.0, Scala 2\\.13\\)\\s*"), r.out());
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    Result r = run("run", "--help");
    assertEquals(0, r.code());
    for (String option :
        new String[] {
          "--source",
          "--source-option",
          "--schema",
          "--value-format",
          "--watermark",
          "--where",
          "--select",
          "--sql",
          "--dedup",
          "--sink",
          "--sink-option",
          "--output-mode",
          "--trigger",
          "--checkpoint",
          "--query-name",
          "--master",
          "--conf",
          "--verbose"
        }) {
      assertTrue(r.out().contains(option), option);
    }
    assertTrue(r.out().contains("Exit codes"));
  }

  @Test
  void noArgumentsShowsUsageWithExit2() {
    Result r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Usage: streamjob"), r.err());
  }

  @Test
  void runIsTheDefaultCommand() {
    Result r = run("--source", "nope", "--sink", "console");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("streamjob: --source: unknown source 'nope'"), r.err());
  }

  @Test
  void unknownFlagIsAUsageErrorWithoutStackTrace() {
    Result r = run("--source", "rate", "--sink", "console", "--trigerr", "once");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown options: '--trigerr'"), r.err());
    assertTrue(r.err().contains("--trigger"), "suggests the near option: " + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void malformedKeyValue() {
    Result r = run("--source", "rate", "--source-option", "rowsPerSecond", "--sink", "console");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("KEY=VALUE"), r.err());
  }

  @Test
  void aFlagGivenTwiceIsAnError() {
    Result r = run("--source", "rate", "--source", "socket", "--sink", "console");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--source"), r.err());
  }

  @Test
  void allValidationProblemsArePrintedOnePerLine() {
    Result r = run("--source", "json", "--sink", "parquet", "--trigger", "soon");
    assertEquals(2, r.code());
    long lines = r.err().lines().filter(l -> l.startsWith("streamjob: ")).count();
    assertEquals(5, lines, r.err());
  }
}
