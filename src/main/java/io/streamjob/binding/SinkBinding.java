package io.streamjob.binding;

import io.streamjob.plan.SinkPlan;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.types.StructType;

/**
 * What a sink does on the Spark side beyond {@code writeStream().format(NAME).options(...)}: each
 * method has the behaviour of a plain Spark format, which a connector overrides where its sink
 * differs. The chain builder and the runner call these and never ask which sink they have.
 */
public interface SinkBinding {
  /**
   * streamjob's own option of the sinks that write partitioned output: the columns handed to {@code
   * DataStreamWriter.partitionBy}.
   */
  String PARTITION_BY = "partitionBy";

  /** The binding of a format Spark knows and streamjob does not declare. */
  SinkBinding SPARK_FORMAT = new SinkBinding() {};

  /** The rows the sink is given (e.g. shaped into a value column). */
  default Dataset<Row> rows(Dataset<Row> stream, SinkPlan sink) {
    return stream;
  }

  /** The writer of those rows, before the settings every query takes (mode, trigger ...). */
  default DataStreamWriter<Row> writer(Dataset<Row> rows, SinkPlan sink) {
    return rows.writeStream().format(sink.format()).options(sink.sparkOptions());
  }

  /** Starts the query. */
  default StreamingQuery start(DataStreamWriter<Row> writer, SinkPlan sink)
      throws TimeoutException {
    return writer.start();
  }

  /**
   * Checks before the query starts that what the sink writes to answers and takes rows of {@code
   * schema}; {@code preflight} checks directories.
   */
  default void preflight(SinkPlan sink, StructType schema, Preflight preflight) {}
}
