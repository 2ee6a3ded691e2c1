package io.streamjob.config;

import java.util.List;

/** What happens between source and sink, in this order: watermark, where, select, sql, dedup. */
public record TransformSpec(
    String watermark, String where, List<String> select, String sql, List<String> dedup) {

  public TransformSpec {
    select = select == null ? List.of() : List.copyOf(select);
    dedup = dedup == null ? List.of() : List.copyOf(dedup);
  }

  public static TransformSpec none() {
    return new TransformSpec(null, null, null, null, null);
  }
}
