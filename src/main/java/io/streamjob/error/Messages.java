package io.streamjob.error;

import java.util.HashSet;
import java.util.Set;

/** Turns exception chains into the one-line causes users read. */
public final class Messages {
  private Messages() {}

  /**
   * The most specific message in the chain, on one line: wrappers such as "Job aborted due to stage
   * failure" carry the real reason in a cause, so the deepest message usually says most.
   */
  public static String rootCause(Throwable error) {
    String best = null;
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      String message = firstLine(t.getMessage());
      if (!message.isEmpty()) {
        best = message;
      }
    }
    return best != null ? best : error.getClass().getSimpleName();
  }

  /** The exception the chain started with: the deepest cause. */
  public static Throwable origin(Throwable error) {
    Throwable origin = error;
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      origin = t;
    }
    return origin;
  }

  /** The first line of a message, trimmed; Spark appends plans and stack traces after it. */
  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
