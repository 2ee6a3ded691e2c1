package io.streamjob.connector.kafka;

import io.streamjob.binding.Preflight;
import io.streamjob.binding.SinkBinding;
import io.streamjob.plan.SinkPlan;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** The Kafka sink on the Spark side: brokers probed first, rows shaped into records. */
final class KafkaSinkBinding implements SinkBinding {
  @Override
  public Dataset<Row> rows(Dataset<Row> stream, SinkPlan sink) {
    return KafkaEncoding.prepare(stream, sink.options());
  }

  @Override
  public void preflight(SinkPlan sink, StructType schema, Preflight preflight) {
    KafkaPreflight.probe(sink.origin("options." + KafkaSource.BOOTSTRAP_SERVERS), sink.options());
  }
}
