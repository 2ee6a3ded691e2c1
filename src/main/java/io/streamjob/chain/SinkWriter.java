package io.streamjob.chain;

import io.streamjob.binding.SinkBinding;
import io.streamjob.connector.Connectors;
import io.streamjob.plan.SinkPlan;
import io.streamjob.value.TriggerSpec;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.Trigger;

/** Turns a {@link SinkPlan} into the {@code DataStreamWriter} that starts the query. */
final class SinkWriter {
  private SinkWriter() {}

  static DataStreamWriter<Row> writer(Dataset<Row> stream, SinkPlan sink, String queryName) {
    SinkBinding binding = Connectors.sinkBinding(sink.component());
    DataStreamWriter<Row> writer =
        binding.writer(binding.rows(stream, sink), sink).outputMode(sink.outputMode().sparkName());
    List<String> partitionBy = sink.values().list(SinkBinding.PARTITION_BY);
    if (!partitionBy.isEmpty()) {
      writer = writer.partitionBy(partitionBy.toArray(String[]::new));
    }
    Trigger trigger = trigger(sink.trigger());
    if (trigger != null) {
      writer = writer.trigger(trigger);
    }
    if (sink.checkpoint() != null) {
      writer = writer.option("checkpointLocation", sink.checkpoint());
    }
    if (queryName != null) {
      writer = writer.queryName(queryName);
    }
    return writer;
  }

  static Trigger trigger(TriggerSpec spec) {
    return switch (spec.kind()) {
      case DEFAULT -> null;
      case PROCESSING_TIME -> Trigger.ProcessingTime(spec.interval().toMillis());
      case AVAILABLE_NOW -> Trigger.AvailableNow();
      case ONCE -> Trigger.Once();
      case CONTINUOUS -> Trigger.Continuous(spec.interval().toMillis());
      case REAL_TIME -> Trigger.RealTime(spec.interval().toMillis());
    };
  }
}
