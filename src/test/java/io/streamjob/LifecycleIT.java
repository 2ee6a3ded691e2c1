package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.testing.JobFixture;
import io.streamjob.testing.LocalSpark;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.Processes;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signals, --max-duration, exit codes and the summary line, on bin/streamjob as a process. */
class LifecycleIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private StreamjobProcess streamjob;

  @BeforeEach
  void inTheTestsFolder() {
    streamjob = StreamjobProcess.in(dir).withTimeout(Duration.ofMinutes(2));
  }

  @AfterAll
  static void stopSpark() {
    LocalSpark.stop();
  }

  private static JsonNode summary(ProcessResult r) throws Exception {
    List<String> lines = r.stdout().lines().filter(l -> !l.isBlank()).toList();
    JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
    assertEquals("summary", last.get("streamjob").asText(), r.stdout());
    return last;
  }

  private String[] slowFileJob(String trigger) {
    return new String[] {
      "--source",
      "json",
      "--source-option",
      "path=" + dir.resolve("in"),
      "--source-option",
      "maxFilesPerTrigger=1",
      "--schema",
      JobFixture.ORDERS_SCHEMA,
      "--sink",
      "parquet",
      "--sink-option",
      "path=" + dir.resolve("out"),
      "--checkpoint",
      dir.resolve("checkpoint").toString(),
      "--trigger",
      trigger,
      "--master",
      "local[1]"
    };
  }

  @Test
  void sigtermStopsCleanlyAndARestartCompletesTheOutputWithoutDuplicates() throws Exception {
    for (int f = 0; f < 40; f++) {
      JobFixture.writeOrders(dir.resolve("in"), "orders-" + f + ".json", f * 25 + 1, f * 25 + 25);
    }
    // One file per batch, a batch every 500 ms: still running when the signal comes.
    Processes.Running job = streamjob.start(slowFileJob("processing-time=500ms"));
    job.awaitStderr("batch 3:", Duration.ofMinutes(2));
    job.process().destroy(); // SIGTERM, to the JVM itself: the launcher exec'd it
    ProcessResult stopped = job.await(Duration.ofSeconds(60));
    assertEquals(0, stopped.exitCode(), stopped.stderr());
    assertEquals("stopped", summary(stopped).get("status").asText());
    assertTrue(summary(stopped).get("batches").asLong() >= 4, stopped.stdout());
    assertTrue(summary(stopped).get("batches").asLong() < 40, "stopped early: " + stopped.stdout());

    ProcessResult rest =
        streamjob.withTimeout(Duration.ofMinutes(3)).run(slowFileJob("available-now"));
    assertEquals(0, rest.exitCode(), rest.stderr());
    assertEquals("finished", summary(rest).get("status").asText());
    SparkSession spark = LocalSpark.session();
    List<Long> ids =
        spark
            .read()
            .parquet(dir.resolve("out").toString())
            .select("id")
            .orderBy("id")
            .collectAsList()
            .stream()
            .map(r -> r.getLong(0))
            .toList();
    assertEquals(LongStream.rangeClosed(1, 1000).boxed().toList(), ids);
  }

  @Test
  void metricsAreScrapedWhileTheJobRuns() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Processes.Running job =
        streamjob.start(
            "--source",
            "rate-micro-batch",
            "--source-option",
            "rowsPerBatch=500",
            "--sink",
            "noop",
            "--trigger",
            "processing-time=300ms",
            "--query-name",
            "metered",
            "--metrics-port",
            String.valueOf(port),
            "--master",
            "local[1]");
    job.awaitStderr("batch 3:", Duration.ofMinutes(2));
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    String metrics =
        http.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .body();
    java.net.http.HttpResponse<String> ready =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/ready"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    job.process().destroy();
    ProcessResult r = job.await(Duration.ofSeconds(60));
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(value(metrics, "streamjob_batches_total{query=\"metered\"}") >= 3, metrics);
    assertTrue(value(metrics, "streamjob_input_rows_total{query=\"metered\"}") >= 1500, metrics);
    assertTrue(
        value(metrics, "streamjob_processed_rows_per_second{query=\"metered\"}") > 0, metrics);
    assertTrue(value(metrics, "streamjob_input_rows_per_second{query=\"metered\"}") > 0, metrics);
  }

  private static double value(String metrics, String series) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(series + " "))
        .findFirst()
        .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError(series + " not in\n" + metrics));
  }

  @Test
  void maxDurationStopsGracefullyWithExit0() throws Exception {
    ProcessResult r =
        streamjob.run(
            "--source",
            "rate-micro-batch",
            "--source-option",
            "rowsPerBatch=10",
            "--sink",
            "noop",
            "--trigger",
            "processing-time=200ms",
            "--max-duration",
            "8s",
            "--master",
            "local[1]");
    assertEquals(0, r.exitCode(), r.stderr());
    JsonNode summary = summary(r);
    assertEquals("stopped", summary.get("status").asText());
    assertTrue(summary.get("reason").asText().contains("--max-duration"), summary.toString());
    assertTrue(summary.get("input_rows").asLong() >= 10, summary.toString());
  }

  @Test
  void sigtermOnAnIdleQueryWithBackToBackTriggersExits0() throws Exception {
    // Without a trigger interval an idle query looks for new files again and again; a stop that
    // came while it looked used to wait for a batch that never came, and end forced with exit 1.
    JobFixture.writeOrders(dir.resolve("in"), "orders.json", 1, 10);
    // Files the job skips but lists on every trigger: each look for new data takes a while, so
    // the stop is likely to come during one.
    for (int i = 0; i < 20_000; i++) {
      Files.createFile(dir.resolve("in/skipped-" + i + ".txt"));
    }
    List<String> job = new ArrayList<>(List.of(slowFileJob("processing-time=0")));
    job.addAll(List.of("--source-option", "pathGlobFilter=*.json"));
    Processes.Running running = streamjob.start(job);
    running.awaitStderr("batch 0:", Duration.ofMinutes(2));
    Thread.sleep(2_000); // idle by now: nothing new to read
    running.process().destroy();
    ProcessResult stopped = running.await(Duration.ofSeconds(60));
    assertEquals(0, stopped.exitCode(), stopped.stderr());
    assertEquals("stopped", summary(stopped).get("status").asText());
  }

  @Test
  void aStopDoesNotWaitForALongCheckpointIntervalOfTheContinuousOrRealTimeTrigger()
      throws Exception {
    // The epoch (checkpoint interval) outlasts the stop timeout: waiting for it would end in a
    // forced stop and exit 1.
    ProcessResult r =
        streamjob.run(
            "--source",
            "rate",
            "--source-option",
            "numPartitions=1",
            "--sink",
            "console",
            "--trigger",
            "continuous=2m",
            "--max-duration",
            "8s",
            "--stop-timeout",
            "10s",
            "--master",
            "local[2]");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("stopped", summary(r).get("status").asText(), r.stdout());
    assertTrue(r.stderr().contains("stopping now"), r.stderr());
  }

  /** Orders 1-30 and 31-45 in two files, read one file per batch into noop. */
  private ProcessResult twoFilesToNoop(String... more) throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 30);
    JobFixture.writeOrders(dir.resolve("in"), "b.json", 31, 45);
    List<String> command =
        new ArrayList<>(
            List.of(
                "--source",
                "json",
                "--source-option",
                "path=" + dir.resolve("in"),
                "--source-option",
                "maxFilesPerTrigger=1",
                "--schema",
                JobFixture.ORDERS_SCHEMA,
                "--sink",
                "noop",
                "--trigger",
                "available-now",
                "--master",
                "local[1]"));
    command.addAll(List.of(more));
    return streamjob.run(command);
  }

  @Test
  void jsonProgressAndTheSummaryHoldTheDocumentedFields() throws Exception {
    ProcessResult r = twoFilesToNoop("--log-format", "json", "--query-name", "orders-json");
    assertEquals(0, r.exitCode(), r.stderr());
    List<JsonNode> progress = new ArrayList<>();
    for (String line : r.stderr().lines().filter(l -> l.startsWith("{")).toList()) {
      JsonNode event = JSON.readTree(line); // every log line is JSON
      if ("io.streamjob.progress".equals(event.path("logger").asText())) {
        progress.add(event);
      }
    }
    assertEquals(2, progress.size(), r.stderr());
    String fields = progress.get(0).toString();
    for (String field : List.of("batch", "input_rows", "rows_per_second", "duration_ms")) {
      assertTrue(fields.contains("\"" + field + "\""), field + " in " + fields);
    }
    JsonNode summary = summary(r);
    assertEquals("orders-json", summary.get("query").asText());
    assertEquals("finished", summary.get("status").asText());
    assertEquals(0, summary.get("exit_code").asInt());
    assertEquals(2, summary.get("batches").asLong());
    assertEquals(45, summary.get("input_rows").asLong());
    assertTrue(summary.get("duration_ms").asLong() > 0);
  }

  @Test
  void anUnnamedQueryHasOneNameEverywhereAndNoWatermarkBeforeItsFirstEvent() throws Exception {
    ProcessResult r = twoFilesToNoop("--watermark", "ts=10 seconds");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("json-to-noop", summary(r).get("query").asText());
    assertTrue(r.stderr().contains("query 'json-to-noop' started"), r.stderr());
    String batch0 =
        r.stderr().lines().filter(l -> l.contains("batch 0:")).findFirst().orElseThrow();
    assertTrue(batch0.contains(", watermark none"), batch0);
    assertFalse(r.stderr().contains("1970-01-01"), r.stderr());
    String batch1 =
        r.stderr().lines().filter(l -> l.contains("batch 1:")).findFirst().orElseThrow();
    assertTrue(batch1.contains("watermark 2026-01-01T"), batch1);
  }

  @Test
  void aFailingBatchExits1AndSaysSoInTheSummary() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/bad.json"), "{\"id\": \"x\"}\n");
    ProcessResult r =
        streamjob.run(
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            "id BIGINT",
            "--sink",
            "noop",
            "--trigger",
            "available-now",
            "--master",
            "local[1]");
    assertEquals(1, r.exitCode(), r.stderr());
    JsonNode summary = summary(r);
    assertEquals("failed", summary.get("status").asText());
    assertEquals(1, summary.get("exit_code").asInt());
    assertTrue(summary.get("reason").asText().contains("failed"), summary.toString());
  }
}
