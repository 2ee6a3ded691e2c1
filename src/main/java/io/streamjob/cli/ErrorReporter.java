package io.streamjob.cli;

import io.streamjob.error.ExitCodes;
import io.streamjob.error.Messages;
import io.streamjob.error.StreamJobException;
import io.streamjob.session.SparkErrors;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports what went wrong while a command ran: the problems, one per line, and the exit code they
 * carry. Stack traces only with {@code --verbose}. An exception that no part of streamjob expected
 * is a defect (exit 4) unless Spark or the environment raised it.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    boolean verbose = cli.getCommand() instanceof HasCommonOptions c && c.common().verbose;
    boolean json = cli.getCommand() instanceof HasCommonOptions c && c.jsonLogs();
    ErrorLines lines = new ErrorLines(cli.getErr(), json, verbose);
    if (ex instanceof StreamJobException known) {
      lines.print(known.problems(), known.exitCode(), known.getCause());
      return known.exitCode();
    }
    int code = SparkErrors.exitCode(ex);
    if (code == ExitCodes.INTERNAL) {
      lines.print(List.of(internalError(ex)), code, ex);
    } else {
      lines.print(List.of("unexpected error: " + Messages.rootCause(ex)), code, ex);
      if (!verbose) {
        lines.hint("run again with --verbose for the stack trace");
      }
    }
    return code;
  }

  /** One line naming the exception where it started, and what to do about it. */
  static String internalError(Throwable ex) {
    Throwable origin = Messages.origin(ex);
    String message = Messages.firstLine(origin.getMessage());
    return "internal error: "
        + origin.getClass().getSimpleName()
        + (message.isEmpty() ? "" : ": " + message)
        + " (a defect in streamjob; please report it with the output of --verbose)";
  }
}
