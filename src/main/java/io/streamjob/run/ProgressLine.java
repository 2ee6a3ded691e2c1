package io.streamjob.run;

import java.util.Arrays;
import java.util.OptionalLong;
import org.apache.spark.sql.streaming.SourceProgress;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per query progress: batch id, input rows, rows per second, duration, watermark,
 * rows in state and Kafka offsets behind latest. The figures also go as key-value pairs, which the
 * JSON log format prints as fields.
 */
public final class ProgressLine {
  private static final Logger LOG = LoggerFactory.getLogger("io.streamjob.progress");

  private ProgressLine() {}

  /** {@code query}: the query's name, as the summary and metrics give it. */
  public static void log(String query, StreamingQueryProgress p) {
    long stateRows =
        Arrays.stream(p.stateOperators()).mapToLong(StateOperatorProgress::numRowsTotal).sum();
    // Until the first event, Spark reports the epoch: there is no watermark yet.
    String watermark =
        ReportedWatermark.reached(p).isPresent() ? p.eventTime().get("watermark") : null;
    OptionalLong behind = offsetsBehindLatest(p);
    double rate = Double.isNaN(p.processedRowsPerSecond()) ? 0 : p.processedRowsPerSecond();
    LOG.atInfo()
        .addKeyValue("query", query)
        .addKeyValue("batch", p.batchId())
        .addKeyValue("input_rows", p.numInputRows())
        .addKeyValue("rows_per_second", Math.round(rate))
        .addKeyValue("duration_ms", p.batchDuration())
        .addKeyValue("watermark", watermark)
        .addKeyValue("state_rows", stateRows)
        .addKeyValue("offsets_behind_latest", behind.isPresent() ? behind.getAsLong() : null)
        .log(
            "batch {}: {} rows, {} rows/s, {} ms{}{}{}",
            p.batchId(),
            p.numInputRows(),
            Math.round(rate),
            p.batchDuration(),
            ReportedWatermark.isDefined(p)
                ? ", watermark " + (watermark == null ? "none" : watermark)
                : "",
            p.stateOperators().length == 0 ? "" : ", " + stateRows + " rows in state",
            behind.isPresent() ? ", " + behind.getAsLong() + " offsets behind latest" : "");
  }

  /** The most any Kafka source of the query is behind its latest offsets, if Spark reports it. */
  static OptionalLong offsetsBehindLatest(StreamingQueryProgress p) {
    OptionalLong most = OptionalLong.empty();
    for (SourceProgress source : p.sources()) {
      String value = source.metrics().get("maxOffsetsBehindLatest");
      if (value != null) {
        long n = (long) Double.parseDouble(value);
        most = OptionalLong.of(most.isPresent() ? Math.max(most.getAsLong(), n) : n);
      }
    }
    return most;
  }
}
