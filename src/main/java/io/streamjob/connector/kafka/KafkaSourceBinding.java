package io.streamjob.connector.kafka;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import io.streamjob.binding.SourceBinding;
import io.streamjob.plan.SourcePlan;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The Kafka source on the Spark side: brokers probed first, records named by their offset. */
final class KafkaSourceBinding implements SourceBinding {
  @Override
  public void preflight(SourcePlan source) {
    KafkaPreflight.probe(
        source.origin("options." + KafkaSource.BOOTSTRAP_SERVERS), source.options());
  }

  /** Keys are bytes; decoded jobs almost always want them as text, like the value. */
  @Override
  public Dataset<Row> beforeDecoding(Dataset<Row> input) {
    return input.withColumn("key", col("key").cast("string"));
  }

  @Override
  public Column position(SourcePlan source) {
    return concat(
        lit("topic "),
        col("topic"),
        lit(" partition "),
        col("partition").cast("string"),
        lit(" offset "),
        col("offset").cast("string"));
  }
}
