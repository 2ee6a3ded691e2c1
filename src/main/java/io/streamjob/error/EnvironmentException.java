package io.streamjob.error;

import java.util.List;

/** The environment is not usable: a path cannot be written, a checkpoint does not fit (exit 3). */
public class EnvironmentException extends StreamJobException {
  public EnvironmentException(String problem, Throwable cause) {
    super(ExitCodes.ENVIRONMENT, List.of(problem), cause);
  }
}
