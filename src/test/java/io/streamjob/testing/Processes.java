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

  /** A process left running; its output goes to files that can be read while it runs. */
  public record Running(List<String> command, Process process, Path stdout, Path stderr) {
    public String stderrSoFar() throws IOException {
      return Files.readString(stderr);
    }

    /** Waits for the end; past {@code timeout} kills the process and its children and fails. */
    public ProcessResult await(Duration timeout) throws IOException, InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            "did not finish within "
                + timeout
                + ": "
                + command
                + "\n--- stderr:\n"
                + Files.readString(stderr));
      }
      return new ProcessResult(
          process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    /** Waits until standard error contains {@code text}, or fails after {@code timeout}. */
    public void awaitStderr(String text, Duration timeout)
        throws IOException, InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!stderrSoFar().contains(text)) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          throw new AssertionError("no '" + text + "' in stderr:\n" + stderrSoFar());
        }
        Thread.sleep(200);
      }
    }
  }

  /**
   * Starts {@code command} in {@code workDir} with this JVM's environment changed by {@code env}: a
   * name mapped to null is taken out of it.
   */
  public static Running start(List<String> command, Map<String, String> env, Path workDir)
      throws IOException {
    Path out = Files.createTempFile(workDir, "stdout", ".txt");
    Path err = Files.createTempFile(workDir, "stderr", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> environment = builder.environment();
    env.forEach(
        (name, value) -> {
          if (value == null) {
            environment.remove(name);
          } else {
            environment.put(name, value);
          }
        });
    return new Running(List.copyOf(command), builder.start(), out, err);
  }

  public static ProcessResult run(
      List<String> command, Map<String, String> env, Path workDir, Duration timeout)
      throws IOException, InterruptedException {
    return start(command, env, workDir).await(timeout);
  }
}
