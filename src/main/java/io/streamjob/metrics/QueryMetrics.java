package io.streamjob.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.streamjob.run.ReportedWatermark;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.sql.streaming.SourceProgress;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/**
 * The Prometheus metrics of one streaming query, updated from its progress reports.
 *
 * <p>Every metric carries a {@code query} label so that dashboards can tell jobs apart when several
 * are scraped into one Prometheus. The metrics live in a registry of their own rather than the
 * library's static default one: a test (or a process running two queries) can then hold several
 * instances without "metric already registered" clashes.
 *
 * <p>{@link #record} runs on Spark's listener thread and the scrapes on the server's threads; the
 * library's data points are thread-safe, and {@link #lastBatchCompleted()} is volatile.
 */
public final class QueryMetrics {
  /** The label value of a query started without a name. */
  public static final String UNNAMED = "unnamed";

  private static final String LABEL = "query";
  private static final String OFFSETS_BEHIND = "maxOffsetsBehindLatest";

  private final String query;
  private final Clock clock;
  private final PrometheusRegistry registry = new PrometheusRegistry();

  private final Gauge inputRowsPerSecond;
  private final Gauge processedRowsPerSecond;
  private final Gauge batchDurationSeconds;
  private final Gauge stateRows;
  private final Gauge watermarkDelaySeconds;
  private final Gauge offsetsBehindLatest;
  private final Gauge lastBatchCompletedSeconds;
  private final CounterDataPoint batches;
  private final CounterDataPoint inputRows;
  private final CounterDataPoint deadLetters;

  private volatile Instant lastBatchCompleted;

  /** Metrics for the query of this name (null or blank: {@value #UNNAMED}), on the UTC clock. */
  public QueryMetrics(String queryName) {
    this(queryName, Clock.systemUTC());
  }

  /** As above, with the clock that dates batches and measures the watermark delay (tests). */
  public QueryMetrics(String queryName, Clock clock) {
    this.query = queryName == null || queryName.isBlank() ? UNNAMED : queryName;
    this.clock = clock;
    inputRowsPerSecond =
        gauge(
            "streamjob_input_rows_per_second",
            "Rows per second arriving from the sources in the last batch.");
    processedRowsPerSecond =
        gauge("streamjob_processed_rows_per_second", "Rows per second the last batch processed.");
    batchDurationSeconds =
        gauge(
            "streamjob_batch_duration_seconds",
            "How long the last trigger took, from planning to commit.");
    stateRows =
        gauge(
            "streamjob_state_rows",
            "Rows held in the query's state stores, all stateful operators together.");
    watermarkDelaySeconds =
        gauge(
            "streamjob_watermark_delay_seconds",
            "How far the event-time watermark is behind the wall clock, when the batch completed.");
    offsetsBehindLatest =
        gauge(
            "streamjob_kafka_offsets_behind_latest",
            "The most offsets any Kafka partition of the query is behind its latest offset.");
    lastBatchCompletedSeconds =
        gauge(
            "streamjob_last_batch_completed_timestamp_seconds",
            "Unix time of the query's last progress report.");
    // Counters start at 0 right away, so that rate() sees the first batch as an increase
    // instead of the series appearing with its first value already counted.
    batches =
        counter(
            "streamjob_batches_total",
            "Micro-batches the query ran (idle polls without data are not counted).");
    inputRows = counter("streamjob_input_rows_total", "Rows the query read from its sources.");
    deadLetters =
        counter(
            "streamjob_dead_letter_records_total",
            "Records that could not be processed and were set aside.");
    // The gauges appear with the first progress report: before it there is no true value, and a
    // made-up 0 would read as "perfectly up to date".
  }

  /** The value of the {@code query} label. */
  public String query() {
    return query;
  }

  /** The registry holding this query's metrics, for the exposition handler. */
  public PrometheusRegistry registry() {
    return registry;
  }

  /**
   * Takes one progress report of the query.
   *
   * <p>Spark also reports while a query is idle (a trigger that found no new data, every 10 s by
   * default): such a report refreshes the gauges and {@link #lastBatchCompleted()}, since it shows
   * the query's trigger loop is alive, but it does not count as a batch.
   *
   * <p>Never throws on odd figures: this runs inside Spark's listener, next to the other consumers
   * of the same report.
   */
  public void record(StreamingQueryProgress p) {
    Instant now = clock.instant();
    inputRowsPerSecond.labelValues(query).set(finite(p.inputRowsPerSecond()));
    processedRowsPerSecond.labelValues(query).set(finite(p.processedRowsPerSecond()));
    batchDurationSeconds.labelValues(query).set(p.batchDuration() / 1000.0);
    stateRows.labelValues(query).set(stateRows(p));
    setOrRemove(watermarkDelaySeconds, watermarkDelay(p, now));
    setOrRemove(offsetsBehindLatest, offsetsBehindLatest(p));

    if (ranBatch(p)) {
      batches.inc();
    }
    inputRows.inc(Math.max(0, p.numInputRows()));

    lastBatchCompletedSeconds.labelValues(query).set(now.toEpochMilli() / 1000.0);
    // Last, so that a readiness check that sees the new time also sees the new figures.
    lastBatchCompleted = now;
  }

  /** Counts records set aside as dead letters (the dead-letter sink calls this). */
  public void deadLettered(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("dead-lettered records cannot be negative: " + n);
    }
    deadLetters.inc(n);
  }

  /** When the last progress report was recorded, or null before the first one. */
  public Instant lastBatchCompleted() {
    return lastBatchCompleted;
  }

  private Gauge gauge(String name, String help) {
    return Gauge.builder().name(name).help(help).labelNames(LABEL).register(registry);
  }

  private CounterDataPoint counter(String name, String help) {
    return Counter.builder()
        .name(name)
        .help(help)
        .labelNames(LABEL)
        .register(registry)
        .labelValues(query);
  }

  /** A figure Spark could not compute is absent, not a value: remove the series then. */
  private void setOrRemove(Gauge gauge, OptionalDouble value) {
    if (value.isPresent()) {
      gauge.labelValues(query).set(value.getAsDouble());
    } else {
      gauge.remove(query);
    }
  }

  /** Spark reports NaN rates for a batch that took no time or read nothing; that is 0 rows/s. */
  private static double finite(double rate) {
    return Double.isFinite(rate) ? rate : 0;
  }

  /** A batch that read rows or wrote to the sink, the rule the run summary counts by too. */
  private static boolean ranBatch(StreamingQueryProgress p) {
    Map<String, Long> durations = p.durationMs();
    return p.numInputRows() > 0 || (durations != null && durations.containsKey("addBatch"));
  }

  private static long stateRows(StreamingQueryProgress p) {
    long total = 0;
    if (p.stateOperators() != null) {
      for (StateOperatorProgress operator : p.stateOperators()) {
        total += operator.numRowsTotal();
      }
    }
    return total;
  }

  /**
   * Now minus the watermark. Absent when the query has no watermark, and also while it has none
   * yet: a delay of 56 years from Spark's epoch placeholder would only set off alerts.
   */
  static OptionalDouble watermarkDelay(StreamingQueryProgress p, Instant now) {
    return ReportedWatermark.reached(p)
        .map(w -> OptionalDouble.of(Duration.between(w, now).toMillis() / 1000.0))
        .orElse(OptionalDouble.empty());
  }

  /**
   * The largest "maxOffsetsBehindLatest" over the sources. Only Kafka sources report it, and only
   * once they know the latest offsets; Spark writes it as a decimal string.
   */
  static OptionalDouble offsetsBehindLatest(StreamingQueryProgress p) {
    OptionalDouble most = OptionalDouble.empty();
    if (p.sources() == null) {
      return most;
    }
    for (SourceProgress source : p.sources()) {
      Map<String, String> metrics = source.metrics();
      String text = metrics == null ? null : metrics.get(OFFSETS_BEHIND);
      if (text == null) {
        continue;
      }
      double n;
      try {
        n = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        continue;
      }
      if (Double.isFinite(n) && (most.isEmpty() || n > most.getAsDouble())) {
        most = OptionalDouble.of(n);
      }
    }
    return most;
  }
}
