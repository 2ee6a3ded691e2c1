package io.streamjob.job;

/**
 * A whole streaming job as plain data: what the flags (and later a job file) say, before any
 * Spark object exists. Validation and the Spark chain builder both read this.
 */
public record JobSpec(
    String name, SourceSpec source, TransformSpec transform, SinkSpec sink, SparkSpec spark) {}
