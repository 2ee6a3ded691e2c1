package io.streamjob.connector.files;

import io.streamjob.binding.Preflight;
import io.streamjob.binding.SinkBinding;
import io.streamjob.plan.SinkPlan;
import org.apache.spark.sql.types.StructType;

/** File sinks on the Spark side: the output directory must be writable before the query starts. */
final class FileSinkBinding implements SinkBinding {
  @Override
  public void preflight(SinkPlan sink, StructType schema, Preflight preflight) {
    preflight.requireWritable(sink.origin("options.path"), sink.options().get("path"));
  }
}
