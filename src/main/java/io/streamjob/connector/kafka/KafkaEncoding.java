package io.streamjob.connector.kafka;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.streamjob.error.UsageException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Shapes rows for Spark's Kafka sink, which writes the columns value, key, topic, partition and
 * headers. The value is the {@code valueColumn}, else an existing {@code value} column, else JSON
 * of the row's other columns; the key is the {@code keyColumn} as a string, if given.
 */
final class KafkaEncoding {
  /** Columns with a meaning to Kafka's sink: never part of the JSON value. */
  private static final Set<String> RECORD_FIELDS = Set.of("value", "topic", "partition", "headers");

  private KafkaEncoding() {}

  static Dataset<Row> prepare(Dataset<Row> rows, Map<String, String> options) {
    List<String> columns = Arrays.asList(rows.columns());
    String keyColumn = options.get(KafkaSink.KEY_COLUMN);
    String valueColumn = options.get(KafkaSink.VALUE_COLUMN);
    for (String named : new String[] {keyColumn, valueColumn}) {
      if (named != null && !columns.contains(named)) {
        throw new UsageException(
            "--sink-option: column '"
                + named
                + "' (keyColumn/valueColumn)"
                + " is not in the output; its columns are: "
                + String.join(", ", columns));
      }
    }
    Column value;
    if (valueColumn != null) {
      value = col(valueColumn).cast("string");
    } else if (columns.contains("value")) {
      value = col("value");
    } else {
      Column[] fields =
          columns.stream()
              .filter(c -> !RECORD_FIELDS.contains(c))
              .map(c -> col("`" + c + "`"))
              .toArray(Column[]::new);
      value = to_json(struct(fields));
    }
    List<Column> out = new ArrayList<>(List.of(value.as("value")));
    if (keyColumn != null) {
      out.add(col(keyColumn).cast("string").as("key"));
    } else if (columns.contains("key")) {
      out.add(col("key"));
    }
    for (String kept : List.of("topic", "partition", "headers")) {
      if (columns.contains(kept)) {
        out.add(col(kept));
      }
    }
    return rows.select(out.toArray(Column[]::new));
  }
}
