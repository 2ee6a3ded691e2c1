package io.streamjob.run;

/** Why a running query was asked to stop. */
public enum StopReason {
  SIGNAL("a stop signal"),
  MAX_DURATION("--max-duration"),
  BAD_RECORDS("--max-bad-records-ratio");

  private final String label;

  StopReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
