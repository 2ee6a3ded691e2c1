package io.streamjob.config;

/**
 * A whole streaming job as plain data: what the flags (and later a job file) say, before any Spark
 * object exists. Validation and the Spark chain builder both read this.
 */
public record JobSpec(
    String name, SourceSpec source, TransformSpec transform, SinkSpec sink, SparkSpec spark) {

  /**
   * How logs, progress, the summary and metrics name the query: {@code --query-name}, else what it
   * connects, e.g. {@code json-to-console}.
   */
  public String queryName() {
    return name != null && !name.isBlank() ? name : source.format() + "-to-" + sink.format();
  }
}
