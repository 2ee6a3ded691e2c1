package io.streamjob.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Spark master (null: the default) and the configuration entries the user gave. */
public record SparkPlan(String master, Map<String, String> conf) {
  public SparkPlan {
    conf = Collections.unmodifiableMap(new LinkedHashMap<>(conf));
  }
}
