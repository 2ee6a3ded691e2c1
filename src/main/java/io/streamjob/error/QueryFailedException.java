package io.streamjob.error;

import java.util.List;

/** The streaming query failed while running (exit 1). */
public class QueryFailedException extends StreamJobException {
  public QueryFailedException(String problem, Throwable cause) {
    super(ExitCodes.QUERY_FAILED, List.of(problem), cause);
  }
}
