package io.streamjob.error;

import java.util.List;

/** The command line or job file is wrong (exit 2). */
public class UsageException extends StreamJobException {
  public UsageException(String problem) {
    this(List.of(problem), null);
  }

  public UsageException(List<String> problems) {
    this(problems, null);
  }

  public UsageException(List<String> problems, Throwable cause) {
    super(ExitCodes.USAGE, problems, cause);
  }
}
