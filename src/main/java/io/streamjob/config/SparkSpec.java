package io.streamjob.config;

import java.util.Map;

/** The Spark master and configuration entries the user asked for. */
public record SparkSpec(String master, Map<String, String> conf) {

  public SparkSpec {
    conf = conf == null ? Map.of() : Map.copyOf(conf);
  }
}
