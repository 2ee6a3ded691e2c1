package io.streamjob.run;

import java.time.Duration;

/**
 * How a run is driven, beside the job itself.
 *
 * @param maxDuration stop gracefully after this long, or null to run until the job ends
 * @param stopTimeout how long a graceful stop may take before the query is stopped at once
 * @param metricsPort port of the metrics and readiness endpoint, or null for none
 * @param readyTimeout readiness fails when no batch completed for this long
 * @param forceCheckpoint resume a checkpoint even though it was made for a different job
 */
public record RunSettings(
    Duration maxDuration,
    Duration stopTimeout,
    Integer metricsPort,
    Duration readyTimeout,
    boolean forceCheckpoint) {
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(25);
  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(5);

  public static RunSettings defaults() {
    return new RunSettings(null, DEFAULT_STOP_TIMEOUT, null, DEFAULT_READY_TIMEOUT, false);
  }
}
