package io.streamjob.runner;

import io.streamjob.binding.Preflight;
import io.streamjob.checkpoint.CheckpointGuard;
import io.streamjob.checkpoint.Fingerprints;
import io.streamjob.connector.Connectors;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What is checked before a query starts, so that a job that cannot run fails with exit 3 before
 * reading any data: the directories it writes to, its checkpoint (made for this job?), and what its
 * source and sink connect to.
 */
final class StartChecks {
  private StartChecks() {}

  static void run(SparkSession spark, JobPlan job, Dataset<Row> stream, boolean forceCheckpoint) {
    Preflight preflight = new Preflight(spark.sparkContext().hadoopConfiguration());
    SinkPlan sink = job.sink();
    if (sink.deadLetter() != null && !sink.deadLetter().isKafka()) {
      preflight.requireWritable(sink.origin("dead-letter"), sink.deadLetter().directory());
    }
    if (sink.checkpoint() != null) {
      preflight.requireWritable(sink.origin("checkpoint"), sink.checkpoint());
      CheckpointGuard.check(
          sink.checkpoint(),
          spark.sparkContext().hadoopConfiguration(),
          Fingerprints.of(spark, job, stream),
          Fingerprints.keptSettings(spark),
          forceCheckpoint);
    }
    Connectors.sourceBinding(job.source().component()).preflight(job.source());
    Connectors.sinkBinding(sink.component()).preflight(sink, stream.schema(), preflight);
  }
}
