package io.streamjob.run;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/**
 * The event-time watermark a progress report gives. Spark reports 1970-01-01T00:00:00Z until the
 * query has seen its first event: that is no watermark yet, not a watermark 56 years old.
 */
public final class ReportedWatermark {
  private static final String KEY = "watermark";

  private ReportedWatermark() {}

  /** Whether the query has a watermark at all (one was defined on it). */
  public static boolean isDefined(StreamingQueryProgress p) {
    return p.eventTime() != null && p.eventTime().get(KEY) != null;
  }

  /** The watermark, once the query has seen events; empty before, or without a watermark. */
  public static Optional<Instant> reached(StreamingQueryProgress p) {
    if (!isDefined(p)) {
      return Optional.empty();
    }
    try {
      Instant watermark = Instant.parse(p.eventTime().get(KEY));
      return watermark.equals(Instant.EPOCH) ? Optional.empty() : Optional.of(watermark);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
