package io.streamjob.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * bin/streamjob run as a child process, the way users run it: from a folder of the test's own, in
 * embedded mode unless the test says otherwise, within a time limit. Every test that runs the
 * launcher as a process runs it through this. Immutable: each {@code with...} returns a copy.
 */
public final class StreamjobProcess {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  private final Path launcher;
  private final Path workDir;
  private final Map<String, String> env;
  private final Duration timeout;

  private StreamjobProcess(Path launcher, Path workDir, Map<String, String> env, Duration timeout) {
    // A job's relative paths resolve against the working folder: never let them land in the
    // project.
    if (workDir.toAbsolutePath().normalize().startsWith(Processes.projectHome())) {
      throw new IllegalArgumentException(
          "run bin/streamjob from a test's own folder, not from the project: " + workDir);
    }
    this.launcher = launcher;
    this.workDir = workDir;
    this.env = Collections.unmodifiableMap(env);
    this.timeout = timeout;
  }

  /**
   * This project's bin/streamjob, run from {@code workDir}, in embedded mode whatever the machine
   * has (a SPARK_HOME would switch it to spark-submit).
   */
  public static StreamjobProcess in(Path workDir) {
    Map<String, String> env = new HashMap<>();
    env.put("STREAMJOB_LAUNCHER", "embedded");
    return new StreamjobProcess(
        Processes.projectHome().resolve("bin/streamjob"), workDir, env, DEFAULT_TIMEOUT);
  }

  /**
   * A copy of this project's bin/streamjob put into {@code home}/bin and run from there: an
   * installation laid out elsewhere, whose other folders the test fills in (or leaves out).
   */
  public StreamjobProcess copiedTo(Path home) throws IOException {
    Path copy = Files.createDirectories(home.resolve("bin")).resolve("streamjob");
    Files.copy(launcher, copy);
    copy.toFile().setExecutable(true);
    return new StreamjobProcess(copy, workDir, env, timeout);
  }

  public StreamjobProcess withEnv(String name, String value) {
    return withEnv(Map.of(name, value));
  }

  public StreamjobProcess withEnv(Map<String, String> more) {
    Map<String, String> changed = new HashMap<>(env);
    changed.putAll(more);
    return new StreamjobProcess(launcher, workDir, changed, timeout);
  }

  /** Leaves {@code name} unset, even where this JVM's environment has it. */
  public StreamjobProcess withoutEnv(String name) {
    Map<String, String> changed = new HashMap<>(env);
    changed.put(name, null);
    return new StreamjobProcess(launcher, workDir, changed, timeout);
  }

  /** How long a run may take before it is killed and the test fails. */
  public StreamjobProcess withTimeout(Duration limit) {
    return new StreamjobProcess(launcher, workDir, env, limit);
  }

  public ProcessResult run(String... args) throws IOException, InterruptedException {
    return run(List.of(args));
  }

  public ProcessResult run(List<String> args) throws IOException, InterruptedException {
    return start(args).await(timeout);
  }

  /** Starts it in the background, for a test that signals it or watches it while it runs. */
  public Processes.Running start(String... args) throws IOException {
    return start(List.of(args));
  }

  public Processes.Running start(List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(args);
    return Processes.start(command, env, workDir);
  }

  /**
   * Runs a shell command line as a user types it (bash -c), with the same folder and environment.
   */
  public ProcessResult shell(String commandLine) throws IOException, InterruptedException {
    return Processes.run(List.of("bash", "-c", commandLine), env, workDir, timeout);
  }
}
