package io.streamjob.chain;

import io.streamjob.plan.TransformPlan;
import io.streamjob.session.SparkErrors;
import io.streamjob.value.Durations;
import io.streamjob.value.Watermark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Applies the transforms in the documented order: watermark, where, select, sql (input as view
 * {@code events}), dedup. An analysis error names the option that caused it.
 */
final class Transforms {
  static final String INPUT_VIEW = "events";

  private Transforms() {}

  static Dataset<Row> apply(SparkSession spark, Dataset<Row> input, TransformPlan t) {
    Dataset<Row> df = input;
    if (t.watermark() != null) {
      Watermark w = t.watermark();
      Dataset<Row> current = df;
      df =
          SparkErrors.analyzing(
              t.origin("watermark"),
              () -> current.withWatermark(w.column(), Durations.toSparkInterval(w.delay())));
    }
    if (t.where() != null) {
      Dataset<Row> current = df;
      df = SparkErrors.analyzing(t.origin("where"), () -> current.where(t.where()));
    }
    if (!t.select().isEmpty()) {
      Dataset<Row> current = df;
      df =
          SparkErrors.analyzing(
              t.origin("select"), () -> current.selectExpr(t.select().toArray(String[]::new)));
    }
    if (t.sql() != null) {
      df.createOrReplaceTempView(INPUT_VIEW);
      df = SparkErrors.analyzing(t.origin("sql"), () -> spark.sql(t.sql()));
    }
    if (!t.dedup().isEmpty()) {
      Dataset<Row> current = df;
      String[] columns = t.dedup().toArray(String[]::new);
      df =
          SparkErrors.analyzing(
              t.origin("dedup"),
              () ->
                  t.watermark() != null
                      ? current.dropDuplicatesWithinWatermark(columns)
                      : current.dropDuplicates(columns));
    }
    return df;
  }
}
