package io.streamjob.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import io.streamjob.source.KafkaSource;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** How messages name the place a record came from. */
final class SourcePositions {
  private SourcePositions() {}

  static Column of(String format, Dataset<Row> input) {
    if (KafkaSource.NAME.equalsIgnoreCase(format)) {
      return concat(lit("topic "), col("topic"), lit(" partition "), col("partition").cast("string"),
          lit(" offset "), col("offset").cast("string"));
    }
    if (Arrays.asList(input.columns()).contains("value") && isFileSource(input)) {
      return concat(lit("file "), col("_metadata.file_path"));
    }
    return lit(format + " source");
  }

  /** The file a row came from, for file sources; null for others. */
  static Column file(Dataset<Row> input) {
    return isFileSource(input) ? col("_metadata.file_path") : null;
  }

  /** File sources expose the hidden {@code _metadata} column (Spark 3.3+). */
  private static boolean isFileSource(Dataset<Row> input) {
    try {
      input.select(col("_metadata.file_path"));
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
