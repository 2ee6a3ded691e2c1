package io.streamjob.spark;

import io.streamjob.component.Capability;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.SparkOptions;
import io.streamjob.job.SourceSpec;
import io.streamjob.job.ValueFormat;
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

  Dataset<Row> read(SparkSession spark, SourceSpec source) {
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
    return new ValueDecoder(format, source.schema() == null ? null : Schemas.parse(source.schema()))
        .decode(input);
  }
}
