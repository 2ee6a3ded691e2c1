package io.streamjob.plan;

import io.streamjob.component.ComponentSpec;
import io.streamjob.component.OptionValues;
import io.streamjob.component.SparkOptions;
import io.streamjob.config.Origins;
import io.streamjob.value.ValueFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where records come from.
 *
 * @param component the source's declaration (an undeclared one for a format Spark knows)
 * @param options the options as given
 * @param schema the schema DDL of file records or decoded values (read from its file if given as
 *     {@code @file}, syntax checked), or null
 * @param valueFormat how the value column is decoded, or null: not decoded
 * @param origins where the job's settings were given, for messages
 */
public record SourcePlan(
    ComponentSpec component,
    Map<String, String> options,
    String schema,
    ValueFormat valueFormat,
    Origins origins) {

  public SourcePlan {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** Where the source's setting {@code key} (e.g. {@code options.path}) was given. */
  public String origin(String key) {
    return origins.of("source." + key);
  }

  public String format() {
    return component.name();
  }

  /** The options handed to Spark: the user's, less streamjob's own, plus its defaults. */
  public Map<String, String> sparkOptions() {
    return SparkOptions.of(component, options);
  }

  public OptionValues values() {
    return component.values(options);
  }
}
