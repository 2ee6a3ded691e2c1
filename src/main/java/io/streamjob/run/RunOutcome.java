package io.streamjob.run;

/** How a run that did not fail ended: its input drained, or stopped as asked. */
public record RunOutcome(String status, String reason) {
  public static RunOutcome finished() {
    return new RunOutcome("finished", "the query ended: its trigger drained the input");
  }

  public static RunOutcome stopped(StopReason why) {
    return new RunOutcome("stopped", "stopped cleanly by " + why.label());
  }
}
