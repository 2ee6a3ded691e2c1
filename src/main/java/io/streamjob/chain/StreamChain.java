package io.streamjob.chain;

import io.streamjob.connector.Connectors;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import io.streamjob.value.SecretValues;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ExplainMode;
import org.apache.spark.sql.streaming.StreamingQuery;

/** The one place a job plan becomes Spark objects: reader, then transforms, then writer. */
public final class StreamChain {
  private StreamChain() {}

  /**
   * The transformed stream, analysed but not started. {@code deadLetters}: where values that cannot
   * be decoded go; null when the job has none (a bad value then stops the query).
   */
  public static Dataset<Row> build(SparkSession spark, JobPlan job, DeadLetters deadLetters) {
    return Transforms.apply(
        spark, SourceReader.read(spark, job.source(), deadLetters), job.transform());
  }

  /** Starts the query that writes {@code stream} into the job's sink. */
  public static StreamingQuery start(Dataset<Row> stream, JobPlan job) throws TimeoutException {
    SinkPlan sink = job.sink();
    return Connectors.sinkBinding(sink.component())
        .start(SinkWriter.writer(stream, sink, job.name()), sink);
  }

  /**
   * Spark's extended plan of what the sink receives, as a micro-batch executes it, with the job's
   * secrets masked. {@code recorded}: the batch settings in the job's checkpoint (JSON), which
   * Spark resumes with; null for a new query.
   */
  public static String explain(Dataset<Row> stream, JobPlan job, String recorded) {
    SinkPlan sink = job.sink();
    Dataset<Row> rows = Connectors.sinkBinding(sink.component()).rows(stream, sink);
    var session = (org.apache.spark.sql.classic.SparkSession) rows.sparkSession();
    String plan =
        StreamingPlan.of(rows, sink.outputMode(), StreamingPlan.metadata(session, recorded))
            .explainString(ExplainMode.fromString("extended"));
    return SecretValues.process().scrub(plan);
  }
}
