package io.streamjob.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process harness itself, through a shell: no fat jar needed. */
class StreamjobProcessTest {
  @TempDir Path dir;

  @Test
  void runsInTheTestsFolderInEmbeddedModeWithTheEnvironmentGiven() throws Exception {
    ProcessResult r =
        StreamjobProcess.in(dir)
            .withEnv("ORDERS", "in")
            .shell("pwd; echo \"$STREAMJOB_LAUNCHER $ORDERS\"; echo oops >&2; exit 7");
    assertEquals(7, r.exitCode());
    assertEquals(dir.toRealPath() + "\nembedded in\n", r.stdout());
    assertEquals("oops\n", r.stderr());
  }

  @Test
  void aVariableTakenAwayIsUnsetInTheChild() throws Exception {
    ProcessResult r =
        StreamjobProcess.in(dir)
            .withoutEnv("STREAMJOB_LAUNCHER")
            .shell("echo \"${STREAMJOB_LAUNCHER-unset}\"");
    assertEquals("unset\n", r.stdout());
  }

  @Test
  void neverRunsFromTheProjectDirectory() {
    assertThrows(
        IllegalArgumentException.class, () -> StreamjobProcess.in(Processes.projectHome()));
    assertThrows(
        IllegalArgumentException.class,
        () -> StreamjobProcess.in(Processes.projectHome().resolve("target")));
  }

  @Test
  void aRunPastItsTimeLimitIsKilledAndFails() {
    long start = System.nanoTime();
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> StreamjobProcess.in(dir).withTimeout(Duration.ofSeconds(1)).shell("sleep 60"));
    assertTrue(e.getMessage().startsWith("did not finish within PT1S"), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "not waited out");
  }
}
