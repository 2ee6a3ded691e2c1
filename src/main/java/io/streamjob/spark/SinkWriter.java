package io.streamjob.spark;

import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.SparkOptions;
import io.streamjob.job.OutputMode;
import io.streamjob.job.SinkSpec;
import io.streamjob.job.TriggerSpec;
import io.streamjob.jdbc.JdbcBatchWriter;
import io.streamjob.jdbc.JdbcTarget;
import io.streamjob.sink.FileSinks;
import io.streamjob.sink.JdbcSink;
import io.streamjob.sink.KafkaSink;
import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.Trigger;

/** Turns a {@link SinkSpec} into the {@code DataStreamWriter} that starts the query. */
final class SinkWriter {
  private final Catalogue catalogue;

  SinkWriter(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  DataStreamWriter<Row> writer(Dataset<Row> df, SinkSpec sink, String queryName) {
    Optional<ComponentSpec> spec = catalogue.find(ComponentSpec.Kind.SINK, sink.format());
    DataStreamWriter<Row> writer = JdbcSink.NAME.equalsIgnoreCase(sink.format())
        // A table over JDBC is no streaming sink of Spark's: each batch goes through foreachBatch.
        ? df.writeStream().foreachBatch(new JdbcBatchWriter(JdbcTarget.of(sink.options()),
            sink.checkpoint()))
        : rowsFor(df, sink).writeStream().format(sink.format())
            .options(SparkOptions.of(spec, sink.options()));
    writer = writer.outputMode(OutputMode.parse(sink.outputMode()).sparkName());
    String partitionBy = sink.options().get(FileSinks.PARTITION_BY);
    if (partitionBy != null) {
      writer = writer.partitionBy(Arrays.stream(partitionBy.split(",")).map(String::trim)
          .toArray(String[]::new));
    }
    Trigger trigger = trigger(TriggerSpec.parse(sink.trigger()));
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

  /** The rows the sink is given: for Kafka, shaped into value/key/topic columns. */
  static Dataset<Row> rowsFor(Dataset<Row> df, SinkSpec sink) {
    return KafkaSink.NAME.equalsIgnoreCase(sink.format())
        ? KafkaEncoding.prepare(df, sink.options())
        : df;
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
