package io.streamjob.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command as a child process, as a user's shell would, and collects what it printed. */
public final class Processes {
  private Processes() {}

  /** The project directory (failsafe passes it; surefire runs from it). */
  public static Path projectHome() {
    return Path.of(System.getProperty("streamjob.home", ".")).toAbsolutePath().normalize();
  }

  public static ProcessResult run(
      List<String> command, Map<String, String> env, Path workDir, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "stdout", ".txt");
    Path err = Files.createTempFile(workDir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError("did not finish within " + timeout + ": " + command
          + "\n--- stderr:\n" + Files.readString(err));
    }
    return new ProcessResult(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
