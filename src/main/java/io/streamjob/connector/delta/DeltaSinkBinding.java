package io.streamjob.connector.delta;

import io.streamjob.binding.Preflight;
import io.streamjob.binding.SinkBinding;
import io.streamjob.plan.SinkPlan;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.types.StructType;

/** The Delta sink on the Spark side: a table by path, or by name in the session's catalog. */
final class DeltaSinkBinding implements SinkBinding {
  @Override
  public StreamingQuery start(DataStreamWriter<Row> writer, SinkPlan sink) throws TimeoutException {
    String table = sink.options().get(DeltaSink.TABLE);
    return table != null ? writer.toTable(table) : writer.start();
  }

  @Override
  public void preflight(SinkPlan sink, StructType schema, Preflight preflight) {
    String path = sink.options().get("path");
    if (path != null) {
      preflight.requireWritable(sink.origin("options.path"), path);
    }
  }
}
