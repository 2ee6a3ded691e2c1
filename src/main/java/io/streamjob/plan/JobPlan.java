package io.streamjob.plan;

import java.util.List;

/**
 * A job as it will run: every value parsed and checked, each component with its declaration. The
 * Spark side builds the queries from this and parses nothing. Sources and sinks are lists: a job of
 * the contract's flags has one of each.
 *
 * @param name the query name given ({@code --query-name}), or null
 */
public record JobPlan(
    String name,
    List<SourcePlan> sources,
    TransformPlan transform,
    List<SinkPlan> sinks,
    SparkPlan spark) {

  public JobPlan {
    sources = List.copyOf(sources);
    sinks = List.copyOf(sinks);
  }

  /** The job's source: jobs have one. */
  public SourcePlan source() {
    return sources.get(0);
  }

  /** The job's sink: jobs have one. */
  public SinkPlan sink() {
    return sinks.get(0);
  }

  /**
   * How logs, progress, the summary and metrics name the query: {@code --query-name}, else what it
   * connects, e.g. {@code json-to-console}.
   */
  public String queryName() {
    return name != null && !name.isBlank() ? name : source().format() + "-to-" + sink().format();
  }

  /** This plan on another master (plan builds on a local session whatever the job's master). */
  public JobPlan onMaster(String master) {
    return new JobPlan(name, sources, transform, sinks, new SparkPlan(master, spark.conf()));
  }
}
