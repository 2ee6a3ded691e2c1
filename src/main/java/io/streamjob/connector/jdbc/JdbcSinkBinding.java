package io.streamjob.connector.jdbc;

import io.streamjob.binding.Preflight;
import io.streamjob.binding.SinkBinding;
import io.streamjob.plan.SinkPlan;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.types.StructType;

/**
 * The jdbc sink on the Spark side. A table over JDBC is no streaming sink of Spark's: each batch
 * goes through foreachBatch, in one transaction with its batch id.
 */
final class JdbcSinkBinding implements SinkBinding {
  @Override
  public DataStreamWriter<Row> writer(Dataset<Row> rows, SinkPlan sink) {
    return rows.writeStream()
        .foreachBatch(new JdbcBatchWriter(JdbcTarget.of(sink.values()), sink.checkpoint()));
  }

  @Override
  public void preflight(SinkPlan sink, StructType schema, Preflight preflight) {
    JdbcPreflight.check(JdbcTarget.of(sink.values()), schema);
  }
}
