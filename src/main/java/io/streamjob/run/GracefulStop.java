package io.streamjob.run;

import io.streamjob.value.Durations;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a running query without losing work: the micro-batch in progress finishes and commits, then
 * the query stops. A stop that takes longer than the stop timeout, or a second request, stops the
 * query at once (the interrupted batch is replayed on restart: the checkpoint stays consistent
 * either way).
 *
 * <p>With the real-time and continuous triggers there is no batch to wait for (a batch there is a
 * checkpoint interval of minutes, while records flow through): the query stops at once, and the
 * records emitted since the last checkpoint are emitted again by the next run, as at-least-once
 * sinks allow.
 */
public final class GracefulStop {
  private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

  /** How often a waiting stop looks at whether the query went idle. */
  private static final Duration POLL = Duration.ofMillis(50);

  private final Duration timeout;
  private final boolean waitsForBatch;
  private volatile StreamingQuery query;
  private final AtomicReference<StopReason> reason = new AtomicReference<>();
  private final AtomicBoolean forced = new AtomicBoolean();

  /** Released by the first batch that completes after the stop was requested. */
  private final CountDownLatch batchDone = new CountDownLatch(1);

  private volatile boolean waitingForBatch;

  /**
   * @param waitsForBatch false for triggers whose batches are checkpoint intervals
   */
  public GracefulStop(Duration timeout, boolean waitsForBatch) {
    this.timeout = timeout;
    this.waitsForBatch = waitsForBatch;
  }

  /**
   * The query to stop, once started. A stop requested before (while Spark was starting) stops it
   * right away: no batch has run yet.
   */
  public void attach(StreamingQuery started) {
    this.query = started;
    if (reason.get() != null) {
      stopInBackground();
    }
  }

  /** Asks for a stop after the running batch; a second request stops at once. */
  public void request(StopReason why) {
    if (!reason.compareAndSet(null, why)) {
      LOG.warn("second stop request: stopping at once");
      forced.set(true);
      stopInBackground();
      return;
    }
    if (!waitsForBatch) {
      LOG.info(
          "stopping now ({}); records since the last checkpoint are emitted again on restart",
          why.label());
      stopInBackground();
      return;
    }
    LOG.info(
        "stopping after the running micro-batch ({}); at most {}",
        why.label(),
        Durations.format(timeout));
    waitingForBatch = true;
    if (query == null) {
      return; // not started yet: attach() stops it
    }
    Thread stopper = new Thread(this::stopAfterBatch, "streamjob-graceful-stop");
    stopper.setDaemon(true);
    stopper.start();
  }

  /** Called after every completed batch (from the progress listener). */
  public void batchCompleted() {
    if (waitingForBatch) {
      batchDone.countDown();
    }
  }

  public StopReason reason() {
    return reason.get();
  }

  /** True when the query had to be stopped at once: timeout or second request. */
  public boolean forced() {
    return forced.get();
  }

  private void stopAfterBatch() {
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (batchRunning() && !batchDone.await(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
        if (System.nanoTime() > deadline) {
          forced.set(true);
          LOG.warn(
              "the running micro-batch did not finish within {}: stopping at once",
              Durations.format(timeout));
          break;
        }
      }
      query.stop();
    } catch (Exception e) {
      LOG.warn("stopping the query failed: {}", e.toString());
    }
  }

  /**
   * Whether a batch is running, which a stop should let finish. Not when the query waits for its
   * next trigger, nor while a trigger looks for new data and finds none: no batch would ever
   * complete then (an idle query reports no progress).
   */
  private boolean batchRunning() {
    StreamingQueryStatus status = query.status();
    return status.isTriggerActive() && status.isDataAvailable();
  }

  private void stopInBackground() {
    if (query == null) {
      return;
    }
    Thread stopper =
        new Thread(
            () -> {
              try {
                query.stop();
              } catch (Exception e) {
                LOG.warn("stopping the query failed: {}", e.toString());
              }
            },
            "streamjob-stop-now");
    stopper.setDaemon(true);
    stopper.start();
  }
}
