package io.streamjob.chain;

import io.streamjob.binding.SourceBinding;
import io.streamjob.component.Capability;
import io.streamjob.connector.Connectors;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.plan.SourcePlan;
import io.streamjob.session.SparkErrors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;
import org.apache.spark.sql.types.StructType;

/** Turns a {@link SourcePlan} into the streaming input, with values decoded into columns. */
final class SourceReader {
  private SourceReader() {}

  /** {@code deadLetters}: where values that cannot be decoded go; null stops on the first. */
  static Dataset<Row> read(SparkSession spark, SourcePlan source, DeadLetters deadLetters) {
    DataStreamReader reader =
        spark.readStream().format(source.format()).options(source.sparkOptions());
    StructType schema = source.schema() == null ? null : StructType.fromDDL(source.schema());
    // A source with a value column takes the schema for its decoded values, not for its rows.
    if (schema != null && !source.component().has(Capability.DECODES_VALUE)) {
      reader = reader.schema(schema);
    }
    Dataset<Row> input =
        SparkErrors.analyzing(source.origin("format") + " " + source.format(), reader::load);
    if (source.valueFormat() == null) {
      return input;
    }
    SourceBinding binding = Connectors.sourceBinding(source.component());
    return new ValueDecoder(
            source.valueFormat(), schema, binding.position(source), binding.file(), deadLetters)
        .decode(binding.beforeDecoding(input));
  }
}
