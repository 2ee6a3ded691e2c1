package io.streamjob.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.streaming.SinkProgress;
import org.apache.spark.sql.streaming.SourceProgress;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.apache.spark.sql.streaming.StreamingQueryProgress$;
import org.junit.jupiter.api.Test;

/**
 * The metrics endpoint end to end: progress reports in, Prometheus text and readiness out. No Spark
 * session: the progress reports are built directly, as Spark's listener would hand them.
 */
class MetricsServerTest {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void servesMetricsOfTwoBatchesAndReadinessUntilTheTimeout() throws Exception {
    MutableClock clock = new MutableClock(T0);
    QueryMetrics metrics = new QueryMetrics("q", clock);
    int port;
    try (MetricsServer server = MetricsServer.start(0, metrics, READY_TIMEOUT, clock)) {
      port = server.port();
      assertTrue(port > 0);

      clock.advance(Duration.ofSeconds(10));
      metrics.record(
          batch(
              0,
              120,
              2_000,
              40.0,
              60.0,
              Map.of("watermark", "2026-03-01T11:59:00.000Z"),
              "250",
              7));
      clock.advance(Duration.ofSeconds(10));
      metrics.record(
          batch(1, 80, 1_500, 8.0, 53.3, Map.of("watermark", "2026-03-01T11:59:30.000Z"), "30", 9));

      HttpResponse<String> scrape = get(port, "/metrics");
      assertEquals(200, scrape.statusCode());
      assertTrue(
          scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
          scrape.headers().toString());
      String text = scrape.body();
      // The exact lines a scraper reads (text format 0.0.4; counters keep their _total name).
      assertTrue(text.contains("streamjob_batches_total{query=\"q\"} 2.0\n"), text);
      assertTrue(text.contains("streamjob_input_rows_total{query=\"q\"} 200.0\n"), text);
      assertTrue(text.contains("# TYPE streamjob_batches_total counter\n"), text);
      assertTrue(text.contains("# TYPE streamjob_state_rows gauge\n"), text);
      Map<String, Double> values = parse(text);
      assertEquals(8.0, values.get("streamjob_input_rows_per_second{query=\"q\"}"));
      assertEquals(53.3, values.get("streamjob_processed_rows_per_second{query=\"q\"}"));
      assertEquals(1.5, values.get("streamjob_batch_duration_seconds{query=\"q\"}"));
      assertEquals(9.0, values.get("streamjob_state_rows{query=\"q\"}"));
      // Recorded at T0+20s against a watermark of 11:59:30.
      assertEquals(50.0, values.get("streamjob_watermark_delay_seconds{query=\"q\"}"));
      assertEquals(30.0, values.get("streamjob_kafka_offsets_behind_latest{query=\"q\"}"));
      assertEquals(
          (double) T0.plusSeconds(20).getEpochSecond(),
          values.get("streamjob_last_batch_completed_timestamp_seconds{query=\"q\"}"));
      assertEquals(0.0, values.get("streamjob_dead_letter_records_total{query=\"q\"}"));
      assertEquals(T0.plusSeconds(20), metrics.lastBatchCompleted());

      assertReady(port);
      clock.advance(READY_TIMEOUT.minusSeconds(1));
      assertReady(port);
      clock.advance(Duration.ofSeconds(1));
      HttpResponse<String> stale = get(port, "/ready");
      assertEquals(503, stale.statusCode());
      assertEquals(
          "not ready: the last batch completed 300s ago (ready timeout 300s)", stale.body());

      // A new batch makes the query ready again.
      metrics.record(batch(2, 1, 100, 1.0, 10.0, Map.of(), null, 0));
      assertReady(port);
    }
    // Closed: nothing answers, and the port can be bound again.
    assertThrows(ConnectException.class, () -> get(port, "/ready"));
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
      assertEquals(port, again.getLocalPort());
    }
  }

  @Test
  void aStartingJobIsReadyUntilTheTimeoutPassesWithoutABatch() throws Exception {
    MutableClock clock = new MutableClock(T0);
    QueryMetrics metrics = new QueryMetrics(null, clock);
    try (MetricsServer server = MetricsServer.start(0, metrics, READY_TIMEOUT, clock)) {
      assertNull(metrics.lastBatchCompleted());
      assertReady(server.port());
      clock.advance(Duration.ofMinutes(6));
      HttpResponse<String> response = get(server.port(), "/ready");
      assertEquals(503, response.statusCode());
      assertEquals(
          "not ready: no batch completed in the 360s since start (ready timeout 300s)",
          response.body());

      // Before the first batch only the counters exist, at 0, under the "unnamed" label.
      String text = get(server.port(), "/metrics").body();
      assertEquals(0.0, parse(text).get("streamjob_batches_total{query=\"unnamed\"}"), text);
      assertFalse(text.contains("streamjob_state_rows{"), text);
      assertFalse(text.contains("streamjob_last_batch_completed_timestamp_seconds{"), text);
    }
  }

  @Test
  void readyAnswersOnlyGetAndHeadOnItsOwnPath() throws Exception {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    try (MetricsServer server =
        MetricsServer.start(0, new QueryMetrics("q", clock), READY_TIMEOUT, clock)) {
      assertEquals(404, get(server.port(), "/ready/more").statusCode());
      assertEquals(404, get(server.port(), "/").statusCode());
      HttpResponse<String> post =
          HTTP.send(
              HttpRequest.newBuilder(uri(server.port(), "/ready"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(405, post.statusCode());
      HttpResponse<String> head =
          HTTP.send(
              HttpRequest.newBuilder(uri(server.port(), "/ready"))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, head.statusCode());
    }
  }

  @Test
  void absentOrUncomputableFiguresAreNotSetAndNanRatesAreZero() {
    MutableClock clock = new MutableClock(T0);
    QueryMetrics metrics = new QueryMetrics("q", clock);
    metrics.record(
        batch(0, 10, 500, 5.0, 5.0, Map.of("watermark", "2026-03-01T11:58:00.000Z"), "12", 0));
    Map<String, Double> before = scrape(metrics);
    assertEquals(120.0, before.get("streamjob_watermark_delay_seconds{query=\"q\"}"));
    assertEquals(12.0, before.get("streamjob_kafka_offsets_behind_latest{query=\"q\"}"));

    // No watermark, no Kafka lag metric, NaN rates (Spark's figure for an empty batch).
    metrics.record(batch(1, 0, 0, Double.NaN, Double.NaN, Map.of(), null, 0));
    Map<String, Double> after = scrape(metrics);
    assertEquals(0.0, after.get("streamjob_input_rows_per_second{query=\"q\"}"));
    assertEquals(0.0, after.get("streamjob_processed_rows_per_second{query=\"q\"}"));
    assertFalse(
        after.containsKey("streamjob_watermark_delay_seconds{query=\"q\"}"), after::toString);
    assertFalse(
        after.containsKey("streamjob_kafka_offsets_behind_latest{query=\"q\"}"), after::toString);
  }

  @Test
  void theEpochWatermarkOfAQueryThatSawNoEventYetIsNotADelay() {
    QueryMetrics metrics = new QueryMetrics("q", new MutableClock(T0));
    metrics.record(
        batch(0, 0, 10, 0.0, 0.0, Map.of("watermark", "1970-01-01T00:00:00.000Z"), null, 0));
    assertFalse(scrape(metrics).containsKey("streamjob_watermark_delay_seconds{query=\"q\"}"));
  }

  @Test
  void anIdleReportKeepsTheQueryReadyButIsNotABatch() {
    MutableClock clock = new MutableClock(T0);
    QueryMetrics metrics = new QueryMetrics("q", clock);
    metrics.record(batch(0, 5, 100, 1.0, 50.0, Map.of(), null, 0));
    clock.advance(Duration.ofSeconds(10));
    // What Spark sends every 10 s while no data arrives: no rows, no addBatch.
    metrics.record(
        progress(
            1,
            3,
            Map.of("latestOffset", 2L, "triggerExecution", 3L),
            Map.of(),
            new SourceProgress[] {source(0, 0.0, 0.0, null)},
            new StateOperatorProgress[0]));
    Map<String, Double> values = scrape(metrics);
    assertEquals(1.0, values.get("streamjob_batches_total{query=\"q\"}"));
    assertEquals(5.0, values.get("streamjob_input_rows_total{query=\"q\"}"));
    assertEquals(T0.plusSeconds(10), metrics.lastBatchCompleted());
  }

  @Test
  void deadLettersAreCounted() {
    QueryMetrics metrics = new QueryMetrics("q");
    metrics.deadLettered(3);
    metrics.deadLettered(0);
    metrics.deadLettered(4);
    assertEquals(7.0, scrape(metrics).get("streamjob_dead_letter_records_total{query=\"q\"}"));
    assertThrows(IllegalArgumentException.class, () -> metrics.deadLettered(-1));
  }

  @Test
  void eachQueryHasItsOwnRegistry() {
    QueryMetrics a = new QueryMetrics("a");
    QueryMetrics b = new QueryMetrics("b");
    a.record(batch(0, 1, 10, 1.0, 1.0, Map.of(), null, 0));
    assertEquals(1.0, scrape(a).get("streamjob_batches_total{query=\"a\"}"));
    assertEquals(
        Map.of(
            "streamjob_batches_total{query=\"b\"}",
            0.0,
            "streamjob_input_rows_total{query=\"b\"}",
            0.0,
            "streamjob_dead_letter_records_total{query=\"b\"}",
            0.0),
        scrape(b));
  }

  /** A report as Spark writes it in its logs, read back with Spark's own JSON reader. */
  @Test
  void recordsAProgressReportParsedFromSparkJson() {
    String json =
        """
        {
          "id" : "3f0d2a3e-8b7c-4a53-9f4e-1d2c3b4a5e6f",
          "runId" : "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
          "name" : "orders",
          "timestamp" : "2026-03-01T11:59:58.500Z",
          "batchId" : 7,
          "batchDuration" : 1500,
          "numInputRows" : 300,
          "inputRowsPerSecond" : 150.0,
          "processedRowsPerSecond" : 200.0,
          "durationMs" : { "addBatch" : 1200, "getBatch" : 0, "latestOffset" : 10,
                           "queryPlanning" : 50, "triggerExecution" : 1500, "walCommit" : 100 },
          "eventTime" : { "avg" : "2026-03-01T11:59:40.000Z", "max" : "2026-03-01T11:59:50.000Z",
                          "min" : "2026-03-01T11:59:30.000Z",
                          "watermark" : "2026-03-01T11:58:00.000Z" },
          "stateOperators" : [ {
            "operatorName" : "stateStoreSave", "numRowsTotal" : 42, "numRowsUpdated" : 5,
            "allUpdatesTimeMs" : 1, "numRowsRemoved" : 0, "allRemovalsTimeMs" : 0,
            "commitTimeMs" : 10, "memoryUsedBytes" : 1000, "numRowsDroppedByWatermark" : 0,
            "numShufflePartitions" : 200, "numStateStoreInstances" : 200, "customMetrics" : { }
          } ],
          "sources" : [ {
            "description" : "KafkaV2[Subscribe[orders]]",
            "startOffset" : { "orders" : { "0" : 100 } },
            "endOffset" : { "orders" : { "0" : 400 } },
            "latestOffset" : { "orders" : { "0" : 500 } },
            "numInputRows" : 300,
            "inputRowsPerSecond" : 150.0,
            "processedRowsPerSecond" : 200.0,
            "metrics" : { "avgOffsetsBehindLatest" : "100.0", "maxOffsetsBehindLatest" : "100",
                          "minOffsetsBehindLatest" : "100" }
          } ],
          "sink" : { "description" : "ParquetSink[/data/out]", "numOutputRows" : 300 }
        }
        """;
    StreamingQueryProgress p = StreamingQueryProgress$.MODULE$.fromJson(json);
    QueryMetrics metrics = new QueryMetrics(p.name(), Clock.fixed(T0, ZoneOffset.UTC));
    metrics.record(p);
    Map<String, Double> values = scrape(metrics);
    String q = "{query=\"orders\"}";
    assertEquals(1.0, values.get("streamjob_batches_total" + q));
    assertEquals(300.0, values.get("streamjob_input_rows_total" + q));
    assertEquals(150.0, values.get("streamjob_input_rows_per_second" + q));
    assertEquals(200.0, values.get("streamjob_processed_rows_per_second" + q));
    assertEquals(1.5, values.get("streamjob_batch_duration_seconds" + q));
    assertEquals(42.0, values.get("streamjob_state_rows" + q));
    assertEquals(120.0, values.get("streamjob_watermark_delay_seconds" + q));
    assertEquals(100.0, values.get("streamjob_kafka_offsets_behind_latest" + q));
  }

  // --- progress reports ----------------------------------------------------------------------

  /** A batch that ran: one source, and one stateful operator when stateRows > 0. */
  private static StreamingQueryProgress batch(
      long id,
      long rows,
      long durationMs,
      double inputRate,
      double processedRate,
      Map<String, String> eventTime,
      String offsetsBehind,
      long stateRows) {
    Map<String, String> sourceMetrics = new HashMap<>();
    if (offsetsBehind != null) {
      sourceMetrics.put("maxOffsetsBehindLatest", offsetsBehind);
    }
    StateOperatorProgress[] state =
        stateRows == 0
            ? new StateOperatorProgress[0]
            : new StateOperatorProgress[] {
              new StateOperatorProgress(
                  "stateStoreSave", stateRows, 0, 0, 0, 0, 0, 0, 0, 1, 1, Map.of())
            };
    return progress(
        id,
        durationMs,
        Map.of("addBatch", durationMs, "triggerExecution", durationMs),
        eventTime,
        new SourceProgress[] {source(rows, inputRate, processedRate, sourceMetrics)},
        state);
  }

  private static SourceProgress source(
      long rows, double inputRate, double processedRate, Map<String, String> metrics) {
    return new SourceProgress(
        "KafkaV2[Subscribe[orders]]",
        "{}",
        "{}",
        "{}",
        rows,
        inputRate,
        processedRate,
        metrics == null ? Map.of() : metrics);
  }

  private static StreamingQueryProgress progress(
      long id,
      long durationMs,
      Map<String, Long> durations,
      Map<String, String> eventTime,
      SourceProgress[] sources,
      StateOperatorProgress[] state) {
    return new StreamingQueryProgress(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "q",
        T0.toString(),
        id,
        durationMs,
        durations,
        eventTime,
        state,
        sources,
        new SinkProgress("memory"),
        Map.of());
  }

  // --- HTTP and exposition --------------------------------------------------------------------

  private static void assertReady(int port) throws Exception {
    HttpResponse<String> response = get(port, "/ready");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("ready", response.body());
  }

  private static HttpResponse<String> get(int port, String path)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Scrapes through a server, as Prometheus would. */
  private static Map<String, Double> scrape(QueryMetrics metrics) {
    try (MetricsServer server = MetricsServer.start(0, metrics, READY_TIMEOUT, Clock.systemUTC())) {
      return parse(get(server.port(), "/metrics").body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Sample lines of the text format as "name{labels}" to value. */
  private static Map<String, Double> parse(String text) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      values.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
    return values;
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
