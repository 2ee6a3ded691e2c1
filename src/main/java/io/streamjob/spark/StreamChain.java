package io.streamjob.spark;

import io.streamjob.component.Catalogue;
import io.streamjob.sink.DeltaSink;
import org.apache.spark.sql.streaming.StreamingQuery;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.job.JobSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

/** The one place a job becomes Spark objects: reader, then transforms, then writer. */
public final class StreamChain {
  private final SourceReader reader;
  private final SinkWriter writer;

  public StreamChain(Catalogue catalogue) {
    this.reader = new SourceReader(catalogue);
    this.writer = new SinkWriter(catalogue);
  }

  /**
   * The transformed stream, analysed but not started. {@code deadLetters}: where values that
   * cannot be decoded go; null when the job has none (a bad value then stops the query).
   */
  public Dataset<Row> build(SparkSession spark, JobSpec job, DeadLetters deadLetters) {
    return Transforms.apply(spark, reader.read(spark, job.source(), deadLetters), job.transform());
  }

  public DataStreamWriter<Row> writer(Dataset<Row> stream, JobSpec job) {
    return writer.writer(stream, job.sink(), job.name());
  }

  /** Starts the query: into a named table for a delta sink with {@code table}, else the sink. */
  public StreamingQuery start(Dataset<Row> stream, JobSpec job) throws Exception {
    DataStreamWriter<Row> w = writer(stream, job);
    String table = DeltaSink.NAME.equalsIgnoreCase(job.sink().format())
        ? job.sink().options().get(DeltaSink.TABLE) : null;
    return table != null ? w.toTable(table) : w.start();
  }

  /**
   * Spark's extended plan of what the sink receives, as a micro-batch executes it, with the
   * job's secrets masked. {@code recorded}: the batch settings in the job's checkpoint (JSON),
   * which Spark resumes with; null for a new query.
   */
  public String explain(Dataset<Row> stream, JobSpec job, String recorded) {
    Dataset<Row> rows = SinkWriter.rowsFor(stream, job.sink());
    var session = (org.apache.spark.sql.classic.SparkSession) rows.sparkSession();
    String plan = StreamingPlan.of(rows, job.sink().outputMode(),
            StreamingPlan.metadata(session, recorded))
        .explainString(org.apache.spark.sql.execution.ExplainMode.fromString("extended"));
    return io.streamjob.job.SecretValues.process().scrub(plan);
  }
}
