package io.streamjob.deadletter;

import io.streamjob.run.GracefulStop;
import io.streamjob.run.StopReason;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each batch: counts its dead letters, and stops the job when their share exceeds {@code
 * --max-bad-records-ratio}. The batch has committed by then: its good records are in the sink and
 * its bad ones in the dead letters, so nothing is lost by stopping.
 */
public final class BadRecordCheck implements Consumer<StreamingQueryProgress> {
  private static final Logger LOG = LoggerFactory.getLogger(BadRecordCheck.class);

  private final DeadLetters deadLetters;
  private final Double maxRatio;
  private final GracefulStop stop;
  private final LongConsumer deadLettered;
  private volatile String failure;
  private long lastBatch = -1;

  public BadRecordCheck(
      DeadLetters deadLetters, Double maxRatio, GracefulStop stop, LongConsumer deadLettered) {
    this.deadLetters = deadLetters;
    this.maxRatio = maxRatio;
    this.stop = stop;
    this.deadLettered = deadLettered;
  }

  @Override
  public synchronized void accept(StreamingQueryProgress progress) {
    long batch = progress.batchId();
    long[] counts = deadLetters.countsOf(batch);
    if (counts == null || batch <= lastBatch) {
      return;
    }
    lastBatch = batch;
    long good = counts[0];
    long bad = counts[1];
    if (bad == 0) {
      return;
    }
    deadLettered.accept(bad);
    LOG.warn(
        "batch {}: {} of {} records could not be decoded; they are in the dead letters ({})",
        batch,
        bad,
        good + bad,
        deadLetters.target());
    double ratio = (double) bad / (good + bad);
    if (maxRatio != null && ratio > maxRatio && failure == null) {
      failure =
          String.format(
              "batch %d: %d of %d records (%.2f%%) could not be decoded, more than"
                  + " --max-bad-records-ratio %s; they are in the dead letters (%s)",
              batch, bad, good + bad, ratio * 100, maxRatio, deadLetters.target());
      stop.request(StopReason.BAD_RECORDS);
    }
  }

  /** Why the job must fail, or null. */
  public String failure() {
    return failure;
  }
}
