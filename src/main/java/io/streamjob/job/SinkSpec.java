package io.streamjob.job;

import java.util.Map;

/** Where results go and how the query is driven: format, options, mode, trigger, checkpoint. */
public record SinkSpec(
    String format,
    Map<String, String> options,
    String outputMode,
    String trigger,
    String checkpoint,
    String deadLetter) {

  public SinkSpec {
    options = options == null ? Map.of() : Map.copyOf(options);
  }
}
