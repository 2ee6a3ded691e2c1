package io.streamjob.run;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** {@code --max-duration}: a graceful stop once the run has lasted this long. */
public final class MaxDuration implements AutoCloseable {
  private final ScheduledExecutorService timer;

  private MaxDuration(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** Schedules the stop; with no duration, does nothing. */
  public static MaxDuration schedule(Duration duration, GracefulStop stop) {
    if (duration == null) {
      return new MaxDuration(null);
    }
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "streamjob-max-duration");
              t.setDaemon(true);
              return t;
            });
    timer.schedule(
        () -> stop.request(StopReason.MAX_DURATION), duration.toMillis(), TimeUnit.MILLISECONDS);
    return new MaxDuration(timer);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
