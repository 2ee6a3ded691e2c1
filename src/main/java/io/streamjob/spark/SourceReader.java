package io.streamjob.spark;

import io.streamjob.component.Capability;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.SparkOptions;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.job.SourceSpec;
import io.streamjob.job.ValueFormat;
import io.streamjob.source.KafkaSource;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.StructType;
import static org.apache.spark.sql.functions.col;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;

/** Turns a {@link SourceSpec} into the streaming input, with values decoded into columns. */
final class SourceReader {
  private final Catalogue catalogue;

  SourceReader(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** {@code deadLetters}: where values that cannot be decoded go; null stops on the first. */
  Dataset<Row> read(SparkSession spark, SourceSpec source, DeadLetters deadLetters) {
    Optional<ComponentSpec> spec = catalogue.find(ComponentSpec.Kind.SOURCE, source.format());
    DataStreamReader reader =
        spark.readStream().format(source.format()).options(SparkOptions.of(spec, source.options()));
    boolean decodes = spec.map(s -> s.has(Capability.DECODES_VALUE)).orElse(false);
    if (source.schema() != null && !decodes) {
      reader = reader.schema(Schemas.parse(source.schema()));
    }
    Dataset<Row> input = SparkErrors.analyzing("--source " + source.format(), reader::load);
    if (source.valueFormat() == null) {
      return input;
    }
    ValueFormat format = ValueFormat.parse(source.valueFormat());
    StructType schema = source.schema() == null ? null : Schemas.parse(source.schema());
    Column position = SourcePositions.of(source.format(), input);
    if (KafkaSource.NAME.equalsIgnoreCase(source.format())) {
      // Keys are bytes; decoded jobs almost always want them as text, like the value.
      input = input.withColumn("key", col("key").cast("string"));
    }
    return new ValueDecoder(format, schema, position, SourcePositions.file(input), deadLetters)
        .decode(input);
  }
}
