package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A defect in streamjob exits 4, not 1, so that an orchestrator does not retry it: one line
 * asking for a report, the stack trace with --verbose. The defect here is real: streamjob's
 * checkpoint reader takes every all-digit file name in offsets/ for a batch id, and one
 * beyond a long breaks it (Spark's own reader skips such a file).
 */
class InternalErrorIT {
  private static final Map<String, String> EMBEDDED = Map.of("STREAMJOB_LAUNCHER", "embedded");

  @TempDir Path dir;

  @Test
  void aDefectExits4WithOneLineAskingForAReportAndTheTraceWithVerbose() throws Exception {
    Path checkpoint = Files.createDirectories(dir.resolve("checkpoint/offsets"));
    Files.writeString(checkpoint.resolve("99999999999999999999"), "");

    ProcessResult r = Processes.run(Processes.streamjob("checkpoint", dir.resolve("checkpoint").toString()),
        EMBEDDED, dir, Duration.ofMinutes(1));
    assertEquals(4, r.exitCode(), r.stderr());
    assertEquals("streamjob: internal error: NumberFormatException: For input string:"
        + " \"99999999999999999999\" (a defect in streamjob; please report it with the output of"
        + " --verbose)\n", r.stderr());

    ProcessResult verbose = Processes.run(Processes.streamjob("checkpoint", "--verbose",
        dir.resolve("checkpoint").toString()), EMBEDDED, dir, Duration.ofMinutes(1));
    assertEquals(4, verbose.exitCode(), verbose.stderr());
    assertTrue(verbose.stderr().contains("\tat io.streamjob.checkpoint.CheckpointFiles.latest"),
        verbose.stderr());
  }
}
