package io.streamjob.binding;

import static org.apache.spark.sql.functions.lit;

import io.streamjob.plan.SourcePlan;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a source does on the Spark side beyond {@code readStream().format(NAME).options(...)}: each
 * method has the behaviour of a plain Spark format, which a connector overrides where its source
 * differs. The chain builder calls these and never asks which source it has.
 */
public interface SourceBinding {
  /** The binding of a format Spark knows and streamjob does not declare. */
  SourceBinding SPARK_FORMAT = new SourceBinding() {};

  /** Checks before the query starts that what the source reads from answers. */
  default void preflight(SourcePlan source) {}

  /** The loaded input, shaped for decoding its value column (e.g. keys as text). */
  default Dataset<Row> beforeDecoding(Dataset<Row> input) {
    return input;
  }

  /** Where a record came from, as dead letters and error messages name it. */
  default Column position(SourcePlan source) {
    return lit(source.format() + " source");
  }

  /** The file a record came from, for sources that read files; null for the others. */
  default Column file() {
    return null;
  }
}
