package io.streamjob.cli;

import io.streamjob.error.ExitCodes;
import io.streamjob.error.Messages;
import io.streamjob.error.StreamJobException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports what went wrong while a command ran: the problems, one per line, and the exit code
 * they carry. Stack traces only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    PrintWriter err = new RedactingWriter(cli.getErr());
    boolean verbose = cli.getCommand() instanceof HasCommonOptions c && c.common().verbose;
    if (ex instanceof StreamJobException known) {
      known.problems().forEach(p -> err.println("streamjob: " + p));
      if (verbose && known.getCause() != null) {
        known.getCause().printStackTrace(err);
      }
      err.flush();
      return known.exitCode();
    }
    err.println("streamjob: unexpected error: " + Messages.rootCause(ex));
    if (verbose) {
      ex.printStackTrace(err);
    } else {
      err.println("streamjob: run again with --verbose for the stack trace");
    }
    err.flush();
    return ExitCodes.QUERY_FAILED;
  }
}
