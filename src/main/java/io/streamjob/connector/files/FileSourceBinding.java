package io.streamjob.connector.files;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import io.streamjob.binding.SourceBinding;
import io.streamjob.plan.SourcePlan;
import org.apache.spark.sql.Column;

/** File sources on the Spark side: a record is named by its file (Spark's _metadata column). */
final class FileSourceBinding implements SourceBinding {
  private static final String FILE_PATH = "_metadata.file_path";

  @Override
  public Column position(SourcePlan source) {
    return concat(lit("file "), col(FILE_PATH));
  }

  @Override
  public Column file() {
    return col(FILE_PATH);
  }
}
