package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.testing.JobFixture;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log-format json} on bin/streamjob as a process: every line on standard error is one JSON
 * object that a log collector reads as is, errors included, and no JVM warning slips in.
 */
public class JsonLogsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ISO_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
  private static final String JVM_WARNING = "WARNING: Using incubator modules";

  @TempDir Path dir;

  /** Every line of standard error, parsed; fails on the first that is not a JSON object. */
  public static List<JsonNode> jsonLines(String stderr) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : stderr.lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode event = JSON.readTree(line);
      assertTrue(event.isObject(), "not a JSON object: " + line);
      assertTrue(event.get("time").asText().matches(ISO_UTC), line);
      for (String field : List.of("level", "logger", "message")) {
        assertTrue(event.get(field).isTextual(), field + " in " + line);
      }
      assertFalse(
          event.has("arguments") || event.has("sequenceNumber") || event.has("kvpList"), line);
      events.add(event);
    }
    assertFalse(events.isEmpty(), "nothing on standard error");
    return events;
  }

  @Test
  void aVerboseRunLogsOnlyJsonWithTypedProgressFields() throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 30);
    ProcessResult r =
        StreamjobProcess.in(dir)
            .run(
                "--source",
                "json",
                "--source-option",
                "path=" + dir.resolve("in"),
                "--schema",
                JobFixture.ORDERS_SCHEMA,
                "--watermark",
                "ts=10 seconds",
                "--sink",
                "noop",
                "--trigger",
                "available-now",
                "--log-format",
                "json",
                "--verbose",
                "--master",
                "local[1]");
    assertEquals(0, r.exitCode(), r.stderr());
    assertFalse(r.stderr().contains(JVM_WARNING), r.stderr());
    List<JsonNode> events = jsonLines(r.stderr());
    assertTrue(
        events.stream().anyMatch(e -> e.get("logger").asText().startsWith("org.apache.spark")),
        "--verbose shows Spark's own logs");
    JsonNode progress =
        events.stream()
            .filter(e -> "io.streamjob.progress".equals(e.get("logger").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no progress line in\n" + r.stderr()));
    assertTrue(
        progress.get("message").asText().startsWith("batch 0: 30 rows"), progress.toString());
    assertTrue(progress.get("batch").isIntegralNumber(), progress.toString());
    assertEquals(0, progress.get("batch").asLong());
    assertTrue(progress.get("input_rows").isIntegralNumber(), progress.toString());
    assertEquals(30, progress.get("input_rows").asLong());
    assertTrue(progress.get("duration_ms").isIntegralNumber(), progress.toString());
    assertTrue(progress.get("offsets_behind_latest").isNull(), progress.toString());
    // Batch 0 runs before any event has set the watermark: none yet, not the epoch.
    assertTrue(progress.get("watermark").isNull(), progress.toString());
    assertEquals("json-to-noop", progress.get("query").asText(), progress.toString());
  }

  @Test
  void aFailedRunEndsWithAJsonErrorCarryingTheExitCode() throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 3);
    ProcessResult r =
        StreamjobProcess.in(dir)
            .run(
                "--source",
                "json",
                "--source-option",
                "path=" + dir.resolve("in"),
                "--schema",
                JobFixture.ORDERS_SCHEMA,
                "--where",
                "nope > 1",
                "--sink",
                "noop",
                "--log-format",
                "json",
                "--master",
                "local[1]");
    assertEquals(2, r.exitCode(), r.stderr());
    List<JsonNode> events = jsonLines(r.stderr());
    JsonNode error = events.get(events.size() - 1);
    assertEquals("ERROR", error.get("level").asText(), error.toString());
    assertTrue(error.get("message").asText().startsWith("--where: "), error.toString());
    assertTrue(error.get("message").asText().contains("nope"), error.toString());
    assertTrue(error.get("exit_code").isInt(), error.toString());
    assertEquals(2, error.get("exit_code").asInt());
  }

  @Test
  void planAndCheckpointPrintNoJvmWarning() throws Exception {
    ProcessResult plan =
        StreamjobProcess.in(dir)
            .run("plan", "--source", "rate", "--sink", "console", "--master", "local[1]");
    assertEquals(0, plan.exitCode(), plan.stderr());
    assertFalse(plan.stderr().contains(JVM_WARNING), plan.stderr());
    ProcessResult checkpoint =
        StreamjobProcess.in(dir)
            .withTimeout(Duration.ofMinutes(1))
            .run("checkpoint", dir.toString());
    assertEquals(3, checkpoint.exitCode(), checkpoint.stderr());
    assertEquals(
        "streamjob: '" + dir + "' is not a checkpoint (no offsets/)\n", checkpoint.stderr());
  }
}
