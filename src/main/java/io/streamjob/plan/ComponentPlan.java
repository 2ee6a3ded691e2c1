package io.streamjob.plan;

import io.streamjob.component.ComponentSpec;
import io.streamjob.component.OptionValues;
import io.streamjob.component.SparkOptions;
import io.streamjob.config.Origins;
import java.util.Map;

/** What source and sink plans share: a component, its options, and where they were given. */
public interface ComponentPlan {
  /** The declaration (an undeclared one for a format Spark knows). */
  ComponentSpec component();

  /** The options as given. */
  Map<String, String> options();

  /** Where the job's settings were given, for messages. */
  Origins origins();

  /** The part of the job the component's settings are under, e.g. {@code sink}. */
  String section();

  default String format() {
    return component().name();
  }

  /** The options handed to Spark: the user's, less streamjob's own, plus its defaults. */
  default Map<String, String> sparkOptions() {
    return SparkOptions.of(component(), options());
  }

  /** The options read through the declaration, with its defaults. */
  default OptionValues values() {
    return component().values(options());
  }

  /** Where the setting {@code key} (e.g. {@code options.path}) was given. */
  default String origin(String key) {
    return origins().of(section() + "." + key);
  }
}
