package io.streamjob.deadletter;

import io.streamjob.plan.JobPlan;
import io.streamjob.value.DeadLetterTarget;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/** The driver's side of a job's dead letters: the target and the per-batch counts. */
public final class DeadLetters {
  private final DeadLetterTarget target;
  private final BatchCounts counts = new BatchCounts();
  private final DeadLetterSplitter.Target executorTarget;

  /** {@code kafkaOptions}: the Kafka source's options, whose connection a kafka: target uses. */
  public DeadLetters(
      SparkSession spark, DeadLetterTarget target, Map<String, String> kafkaOptions) {
    this.target = target;
    spark.sparkContext().register(counts, "streamjob dead letters");
    this.executorTarget =
        new DeadLetterSplitter.Target(
            target.directory(),
            new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()),
            target.kafkaTopic(),
            Map.copyOf(kafkaOptions));
  }

  /** The job's dead letters, or null when it has none (a bad value then stops the query). */
  public static DeadLetters of(SparkSession spark, JobPlan job) {
    DeadLetterTarget target = job.sink().deadLetter();
    return target == null ? null : new DeadLetters(spark, target, job.source().options());
  }

  public DeadLetterSplitter splitter(String format, String schema) {
    return new DeadLetterSplitter(executorTarget, format, schema, counts);
  }

  /** {good, bad} of a batch, or null when none of its tasks reported. */
  public long[] countsOf(long batchId) {
    return counts.value().get(batchId);
  }

  public DeadLetterTarget target() {
    return target;
  }
}
