package io.streamjob.runner;

import io.streamjob.chain.StreamChain;
import io.streamjob.checkpoint.CheckpointFiles;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.plan.JobPlan;
import io.streamjob.session.SparkDefaults;
import io.streamjob.session.SparkErrors;
import io.streamjob.session.SparkSessions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Builds a compiled job's chain on a local session without starting the query, and describes it:
 * the resolved job as JSON and Spark's plan. Analysis errors surface exactly as run would report
 * them.
 */
public final class JobPlanner {
  private JobPlanner() {}

  public static String plan(JobPlan job) {
    // Planning needs no cluster: a cluster master is kept in the JSON but not connected to.
    String master =
        job.spark().master() == null ? SparkSessions.EMBEDDED_MASTER : job.spark().master();
    JobPlan local =
        SparkDefaults.localCores(master) != null
            ? job
            : job.onMaster(SparkSessions.EMBEDDED_MASTER);
    SparkSession spark = SparkSessions.create(local);
    Dataset<Row> stream = StreamChain.build(spark, local, DeadLetters.of(spark, job));
    return "== Job ==\n"
        + ResolvedJob.json(job, master)
        + "\n\n"
        + explain(
            stream,
            job,
            CheckpointFiles.recordedSettings(
                job.sink().checkpoint(), spark.sparkContext().hadoopConfiguration()));
  }

  /** The plan; or, as run reports it, why Spark would not start the query. */
  private static String explain(Dataset<Row> stream, JobPlan job, String recorded) {
    try {
      return StreamChain.explain(stream, job, recorded);
    } catch (Exception e) {
      throw SparkErrors.asAnalysisError(e)
          .map(JobRunner::cannotRun)
          .orElseThrow(() -> e instanceof RuntimeException r ? r : new IllegalStateException(e));
    }
  }
}
