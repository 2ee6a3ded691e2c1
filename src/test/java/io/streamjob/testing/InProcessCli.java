package io.streamjob.testing;

import io.streamjob.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The streamjob command line run in this JVM through its real entry point ({@link Main#run}), with
 * what it prints captured: the way every test that runs the CLI in-process runs it.
 */
public final class InProcessCli {
  private InProcessCli() {}

  /** What one run of the command line left: its exit code and what it printed. */
  public record Result(int code, String out, String err) {}

  /** Runs the command line with exactly {@code args}. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs a job on a {@code local[2]} session in this JVM. */
  public static Result runLocal(String... args) {
    return runOn("local[2]", args);
  }

  /** Runs a job with {@code --master master} added to {@code args}. */
  public static Result runOn(String master, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--master");
    all.add(master);
    return run(all.toArray(String[]::new));
  }
}
