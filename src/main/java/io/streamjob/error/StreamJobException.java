package io.streamjob.error;

import java.util.List;

/**
 * A failure that streamjob reports to the user: one or more lines of message and the exit code that
 * goes with them. Messages must already be free of secrets.
 */
public class StreamJobException extends RuntimeException {
  private final int exitCode;
  private final List<String> problems;

  protected StreamJobException(int exitCode, List<String> problems, Throwable cause) {
    super(String.join("\n", problems), cause);
    this.exitCode = exitCode;
    this.problems = List.copyOf(problems);
  }

  public int exitCode() {
    return exitCode;
  }

  /** Each problem on its own line, as the user should see them. */
  public List<String> problems() {
    return problems;
  }
}
