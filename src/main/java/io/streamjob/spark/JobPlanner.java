package io.streamjob.spark;

import io.streamjob.checkpoint.CheckpointFiles;
import io.streamjob.component.Catalogue;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.job.JobSpec;
import io.streamjob.job.JobValidator;
import io.streamjob.job.SparkSpec;
import java.io.IOException;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a job's chain on a local session without starting the query, and describes it: the
 * resolved job as JSON and Spark's plan. Analysis errors surface exactly as run would report them.
 */
public final class JobPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(JobPlanner.class);

  private final Catalogue catalogue;

  public JobPlanner(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public String plan(JobSpec job) {
    new JobValidator(catalogue, SparkFormats::isRegistered).check(job).forEach(LOG::warn);
    // Planning needs no cluster: a cluster master is kept in the JSON but not connected to.
    String master = job.spark().master() == null ? SparkSessions.EMBEDDED_MASTER : job.spark().master();
    JobSpec local = SparkDefaults.localCores(master) != null ? job
        : new JobSpec(job.name(), job.source(), job.transform(), job.sink(),
            new SparkSpec(SparkSessions.EMBEDDED_MASTER, job.spark().conf()));
    SparkSession spark = SparkSessions.create(local);
    StreamChain chain = new StreamChain(catalogue);
    Dataset<Row> stream = chain.build(spark, local, DeadLetters.of(spark, job));
    return "== Job ==\n" + ResolvedJob.json(job, catalogue, master) + "\n\n"
        + explain(chain, stream, job, recordedSettings(spark, job.sink().checkpoint()));
  }

  /** The plan; or, as run reports it, why Spark would not start the query. */
  private static String explain(StreamChain chain, Dataset<Row> stream, JobSpec job,
      String recorded) {
    try {
      return chain.explain(stream, job, recorded);
    } catch (Exception e) {
      throw SparkErrors.asAnalysisError(e).map(JobRunner::cannotRun)
          .orElseThrow(() -> e instanceof RuntimeException r ? r : new IllegalStateException(e));
    }
  }

  /** The batch settings in the checkpoint's last offsets (JSON), or null if it has none. */
  private static String recordedSettings(SparkSession spark, String checkpoint) {
    if (checkpoint == null) {
      return null;
    }
    try {
      CheckpointFiles files =
          new CheckpointFiles(checkpoint, spark.sparkContext().hadoopConfiguration());
      OptionalLong latest = files.exists() ? files.latest("offsets") : OptionalLong.empty();
      return latest.isPresent() ? files.metadata(latest.getAsLong()).toString() : null;
    } catch (IOException | CheckpointFiles.DamagedException e) {
      return null; // run reports an unreadable checkpoint; plan shows the session's settings
    }
  }
}
