package io.streamjob.error;

/** The exit codes of the command-line contract; orchestrators branch on these. */
public final class ExitCodes {
  /** The job ended as asked, or {@code validate} found no problem. */
  public static final int OK = 0;

  /** The streaming query failed while running. */
  public static final int QUERY_FAILED = 1;

  /** The command line or job file is wrong. */
  public static final int USAGE = 2;

  /** The environment is not usable (checkpoint, paths, connections). */
  public static final int ENVIRONMENT = 3;

  /** A defect in streamjob itself (an unexpected exception): not worth a retry, worth a report. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
