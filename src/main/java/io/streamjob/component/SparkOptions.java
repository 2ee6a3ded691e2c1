package io.streamjob.component;

import java.util.LinkedHashMap;
import java.util.Map;

/** The options actually handed to Spark: the user's, less streamjob's own, plus its defaults. */
public final class SparkOptions {
  private SparkOptions() {}

  public static Map<String, String> of(ComponentSpec spec, Map<String, String> given) {
    Map<String, String> result = new LinkedHashMap<>();
    spec.options().stream()
        .filter(o -> o.streamjobDefault() && !given.containsKey(o.name()))
        .forEach(o -> result.put(o.name(), o.defaultValue()));
    given.forEach(
        (key, value) -> {
          boolean ours = spec.option(key).map(o -> !o.forSpark()).orElse(false);
          if (!ours) {
            result.put(key, value);
          }
        });
    return result;
  }
}
