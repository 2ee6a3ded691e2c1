package io.streamjob.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The one place that builds the {@link CommandLine}: streams, error handlers, parser rules. */
final class CommandLines {
  private CommandLines() {}

  static CommandLine create(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new StreamJobCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // A flag given twice is almost always a mistake in a script; say so instead of guessing.
    cli.setOverwrittenOptionsAllowed(false);
    // "@file" is streamjob's own syntax (--schema @orders.ddl), not an argument file.
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new ErrorReporter());
    return cli;
  }
}
