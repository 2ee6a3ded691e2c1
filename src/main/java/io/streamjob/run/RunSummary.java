package io.streamjob.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.value.SecretValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON line streamjob prints last on standard output when a run ends, for orchestrators
 * (Airflow takes the last line as the task's return value).
 */
public final class RunSummary {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunSummary() {}

  /**
   * @param status finished, stopped, failed, invalid or environment
   * @param reason why it ended, in words
   */
  public static String json(
      String query, String status, int exitCode, String reason, RunStats stats) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("streamjob", "summary");
    summary.put("query", query);
    summary.put("status", status);
    summary.put("exit_code", exitCode);
    summary.put("reason", reason);
    summary.put("batches", stats.batches());
    summary.put("input_rows", stats.inputRows());
    summary.put("dead_letters", stats.deadLetters());
    summary.put("last_batch_id", stats.lastBatchId() < 0 ? null : stats.lastBatchId());
    summary.put("started_at", stats.started().toString());
    summary.put("ended_at", Instant.now().toString());
    summary.put("duration_ms", stats.elapsed().toMillis());
    try {
      return SecretValues.process().scrub(JSON.writeValueAsString(summary));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
