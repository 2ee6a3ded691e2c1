package io.streamjob.plan;

import io.streamjob.config.Origins;
import io.streamjob.value.Watermark;
import java.util.List;

/**
 * What happens between source and sink, in this order: watermark, where, select, sql, dedup.
 *
 * @param watermark the event-time watermark, or null
 * @param dedup the columns rows are deduplicated by; empty: none
 * @param origins where the job's settings were given, for messages
 */
public record TransformPlan(
    Watermark watermark,
    String where,
    List<String> select,
    String sql,
    List<String> dedup,
    Origins origins) {

  public TransformPlan {
    select = List.copyOf(select);
    dedup = List.copyOf(dedup);
  }

  /** Where the transform {@code key} (e.g. {@code where}) was given. */
  public String origin(String key) {
    return origins.of("transform." + key);
  }
}
