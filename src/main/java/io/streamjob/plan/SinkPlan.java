package io.streamjob.plan;

import io.streamjob.component.ComponentSpec;
import io.streamjob.component.OptionValues;
import io.streamjob.component.SparkOptions;
import io.streamjob.config.Origins;
import io.streamjob.value.DeadLetterTarget;
import io.streamjob.value.OutputMode;
import io.streamjob.value.TriggerSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where results go and how the query is driven.
 *
 * @param component the sink's declaration (an undeclared one for a format Spark knows)
 * @param checkpoint the checkpoint location, or null (Spark then uses a temporary one)
 * @param deadLetter where records that cannot be decoded go, or null: a bad record stops the job
 * @param maxBadRecordsRatio the share of bad records in a batch above which the job stops, or null
 * @param origins where the job's settings were given, for messages
 */
public record SinkPlan(
    ComponentSpec component,
    Map<String, String> options,
    OutputMode outputMode,
    TriggerSpec trigger,
    String checkpoint,
    DeadLetterTarget deadLetter,
    Double maxBadRecordsRatio,
    Origins origins) {

  public SinkPlan {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** Where the sink's setting {@code key} (e.g. {@code options.path}) was given. */
  public String origin(String key) {
    return origins.of("sink." + key);
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
