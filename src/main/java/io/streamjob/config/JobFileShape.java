package io.streamjob.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a job file may hold, by block: the long option names without dashes (and without the
 * source-/sink- prefix inside their block). Maps ({@code options}, {@code conf}) take any key.
 */
final class JobFileShape {
  static final Set<String> FREE_MAPS = Set.of("source.options", "sink.options", "spark.conf");
  static final Set<String> LISTS = Set.of("transform.select", "transform.dedup");

  static final Map<String, List<String>> BLOCKS =
      Map.of(
          "", List.of("name", "source", "transform", "sink", "spark"),
          "source", List.of("format", "options", "schema", "value-format"),
          "transform", List.of("watermark", "where", "select", "sql", "dedup"),
          "sink",
              List.of(
                  "format",
                  "options",
                  "output-mode",
                  "trigger",
                  "checkpoint",
                  "dead-letter",
                  "max-bad-records-ratio"),
          "spark", List.of("master", "conf"));

  private JobFileShape() {}

  /** The keys allowed directly under {@code block} ("" is the top level), or null for a leaf. */
  static List<String> keysOf(String block) {
    return BLOCKS.get(block);
  }
}
