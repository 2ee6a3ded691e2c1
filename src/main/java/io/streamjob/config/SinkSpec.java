package io.streamjob.config;

import java.util.Map;

/**
 * Where results go and how the query is driven: format, options, mode, trigger, checkpoint, and
 * where records that cannot be decoded go.
 *
 * @param deadLetter a directory or kafka:TOPIC, or null: a bad record then stops the query
 * @param maxBadRecordsRatio the share of bad records in a batch above which the job stops, or null
 */
public record SinkSpec(
    String format,
    Map<String, String> options,
    String outputMode,
    String trigger,
    String checkpoint,
    String deadLetter,
    String maxBadRecordsRatio) {

  public SinkSpec {
    options = options == null ? Map.of() : Map.copyOf(options);
  }
}
