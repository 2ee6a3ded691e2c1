package io.streamjob.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Entry point: {@code main} only exits with what {@link #run} returns, so tests call run. */
public final class Main {
  private static final List<String> TOP_LEVEL_FLAGS = List.of("-h", "--help", "-V", "--version");

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the command line and returns the exit code; never calls {@code System.exit}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = CommandLines.create(out, err);
    if (args.length == 0) {
      cli.usage(err);
      return io.streamjob.error.ExitCodes.USAGE;
    }
    return cli.execute(withDefaultCommand(cli, args));
  }

  /**
   * {@code run} is the default command: {@code streamjob --source ...} means {@code streamjob run
   * --source ...}.
   */
  static String[] withDefaultCommand(CommandLine cli, String[] args) {
    String first = args[0];
    if (cli.getSubcommands().containsKey(first) || TOP_LEVEL_FLAGS.contains(first)) {
      return args;
    }
    return Stream.concat(Stream.of("run"), Arrays.stream(args)).toArray(String[]::new);
  }
}
