package io.streamjob.config;

import java.util.Map;

/**
 * Where records come from: a {@code DataStreamReader} format, its options, the schema of file
 * records or of decoded values, and how a {@code value} column is decoded.
 */
public record SourceSpec(
    String format, Map<String, String> options, String schema, String valueFormat) {

  public SourceSpec {
    options = options == null ? Map.of() : Map.copyOf(options);
  }
}
