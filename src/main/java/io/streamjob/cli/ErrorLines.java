package io.streamjob.cli;

import io.streamjob.logging.JsonLogLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/**
 * Prints the problems that end a command on standard error: {@code streamjob: ...} lines, or with
 * {@code --log-format json} one JSON object per problem (level ERROR, the message and the exit
 * code), so that every line a log collector reads is JSON. Secrets are masked either way.
 */
final class ErrorLines {
  private final PrintWriter err;
  private final boolean json;
  private final boolean verbose;

  ErrorLines(PrintWriter err, boolean json, boolean verbose) {
    this.err = new RedactingWriter(err);
    this.json = json;
    this.verbose = verbose;
  }

  /** The problems, then the stack trace of {@code cause} if verbose. */
  void print(List<String> problems, int exitCode, Throwable cause) {
    String trace = verbose && cause != null ? stackTrace(cause) : null;
    for (int i = 0; i < problems.size(); i++) {
      if (json) {
        JsonLogLine line =
            JsonLogLine.of(
                    Instant.now(),
                    "ERROR",
                    "streamjob",
                    Thread.currentThread().getName(),
                    problems.get(i))
                .field("exit_code", exitCode);
        err.println((i == problems.size() - 1 ? line.stackTrace(trace) : line).toJson());
      } else {
        err.println("streamjob: " + problems.get(i));
      }
    }
    if (!json && trace != null) {
      err.print(trace);
    }
    err.flush();
  }

  /** A hint for people reading the terminal; a log collector has no use for it. */
  void hint(String text) {
    if (!json) {
      err.println("streamjob: " + text);
      err.flush();
    }
  }

  private static String stackTrace(Throwable cause) {
    StringWriter text = new StringWriter();
    cause.printStackTrace(new PrintWriter(text, true));
    return text.toString();
  }
}
