package io.streamjob.run;

import java.time.Duration;
import java.time.Instant;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/** What a run did, counted from its progress reports: for the summary line. */
public final class RunStats {
  private final Instant started = Instant.now();
  private long batches;
  private long inputRows;
  private long lastBatchId = -1;
  private long deadLetters;

  /**
   * Counts a batch once, whether its report came from the listener or from recentProgress. Reports
   * without a batch run (Spark's idle reports) are not counted, and do not move the last batch id:
   * they may carry the id of the batch that comes next.
   */
  public synchronized void record(StreamingQueryProgress progress) {
    boolean ran = progress.numInputRows() > 0 || progress.durationMs().containsKey("addBatch");
    if (!ran || progress.batchId() <= lastBatchId) {
      return;
    }
    lastBatchId = progress.batchId();
    batches++;
    inputRows += progress.numInputRows();
  }

  public synchronized void deadLettered(long records) {
    deadLetters += records;
  }

  public synchronized long deadLetters() {
    return deadLetters;
  }

  public synchronized long batches() {
    return batches;
  }

  public synchronized long inputRows() {
    return inputRows;
  }

  public synchronized long lastBatchId() {
    return lastBatchId;
  }

  public Instant started() {
    return started;
  }

  public Duration elapsed() {
    return Duration.between(started, Instant.now());
  }
}
