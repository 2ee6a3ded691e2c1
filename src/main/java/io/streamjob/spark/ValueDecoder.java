package io.streamjob.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import io.streamjob.job.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Decodes the {@code value} column (socket lines, Kafka values) into the schema's columns. The
 * source's other columns stay beside them, unless a decoded field has the same name.
 */
final class ValueDecoder {
  static final String VALUE = "value";

  /**
   * FAILFAST: a value that cannot be decoded stops the query instead of turning into a row of
   * nulls, as Spark's default (PERMISSIVE) would do silently.
   */
  private static final Map<String, String> PARSE_OPTIONS = Map.of("mode", "FAILFAST");

  private final ValueFormat format;
  private final StructType schema;

  ValueDecoder(ValueFormat format, StructType schema) {
    this.format = format;
    this.schema = schema;
  }

  Dataset<Row> decode(Dataset<Row> input) {
    Column text = col(VALUE).cast("string");
    if (format == ValueFormat.TEXT) {
      return input.withColumn(VALUE, text);
    }
    Column decoded =
        format == ValueFormat.JSON
            ? from_json(text, schema, PARSE_OPTIONS)
            : from_csv(text, lit(schema.toDDL()), PARSE_OPTIONS);
    Set<String> fields = Arrays.stream(schema.fieldNames()).collect(Collectors.toSet());
    List<Column> columns = new ArrayList<>();
    for (String field : schema.fieldNames()) {
      columns.add(col("__decoded").getField(field).as(field));
    }
    for (String other : input.columns()) {
      if (!other.equals(VALUE) && !fields.contains(other)) {
        columns.add(col(other));
      }
    }
    return input.withColumn("__decoded", decoded).select(columns.toArray(Column[]::new));
  }
}
