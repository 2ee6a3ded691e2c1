package io.streamjob.chain;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import io.streamjob.deadletter.DeadLetterSplitter;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.value.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Decodes the {@code value} column (socket lines, Kafka values, text-file lines) into the schema's
 * columns. The source's other columns stay beside them, unless a decoded field has the same name
 * (the decoded field wins).
 *
 * <p>A value that cannot be decoded never becomes a row of nulls, as it would with Spark's default:
 * it stops the query with a message that says where the value came from (topic, partition and
 * offset for Kafka). Spark's FAILFAST mode cannot name the position, so values are parsed
 * permissively into a corrupt-record column and checked here.
 */
final class ValueDecoder {
  static final String VALUE = "value";
  static final String CORRUPT = "_corrupt_record";
  private static final String DECODED = "__decoded";
  private static final String TEXT = "__text";

  /** Enough of a bad value to recognise it, not so much that one message floods a log. */
  private static final int SHOWN_CHARACTERS = 200;

  private final ValueFormat format;
  private final StructType schema;
  private final Column position;
  private final Column file;
  private final DeadLetters deadLetters;

  /**
   * @param position describes where a row came from, e.g. Kafka's topic/partition/offset
   * @param file the file a row came from (file sources), or null
   * @param deadLetters where bad values go; null: a bad value stops the query
   */
  ValueDecoder(
      ValueFormat format,
      StructType schema,
      Column position,
      Column file,
      DeadLetters deadLetters) {
    this.format = format;
    this.schema = schema;
    this.position = position;
    this.file = file;
    this.deadLetters = deadLetters;
  }

  Dataset<Row> decode(Dataset<Row> input) {
    if (format == ValueFormat.TEXT) {
      return input.withColumn(VALUE, col(VALUE).cast("string"));
    }
    // Each step is its own projection, so that the value is cast and parsed once per record:
    // written as one expression, the parse sits in short-circuit branches (OR, CASE WHEN) where
    // Spark's subexpression elimination does not reach, and runs up to three times.
    Dataset<Row> withParse =
        input.withColumn(TEXT, col(VALUE).cast("string")).withColumn(DECODED, parsed(col(TEXT)));
    Column text = col(TEXT);
    Column bad = isBad(text, col(DECODED));
    Dataset<Row> decoded =
        deadLetters == null
            ? withParse.withColumn(
                DECODED, when(bad, raise_error(problem(text))).otherwise(col(DECODED)))
            : withoutBadRows(withParse, text, bad);
    Set<String> fields = Arrays.stream(schema.fieldNames()).collect(Collectors.toSet());
    List<Column> columns = new ArrayList<>();
    for (String field : schema.fieldNames()) {
      columns.add(col(DECODED).getField(field).as(field));
    }
    for (String other : input.columns()) {
      if (!other.equals(VALUE) && !fields.contains(other)) {
        columns.add(col(other));
      }
    }
    return decoded.select(columns.toArray(Column[]::new));
  }

  /** Marks each row good or bad, and lets the dead-letter step take the bad ones out. */
  private Dataset<Row> withoutBadRows(Dataset<Row> withParse, Column text, Column bad) {
    Dataset<Row> marked =
        withParse
            .withColumn(DeadLetterSplitter.RAW, text)
            .withColumn(DeadLetterSplitter.DECODED_TO_NULL, col(DECODED).isNull())
            .withColumn(DeadLetterSplitter.BAD, coalesce(bad, lit(true)))
            .withColumn(DeadLetterSplitter.POSITION, position)
            .drop(TEXT);
    if (file != null) {
      marked = marked.withColumn(DeadLetterSplitter.FILE, file);
    }
    return marked.mapPartitions(
        deadLetters.splitter(format.name().toLowerCase(Locale.ROOT), schema.toDDL()),
        Encoders.row(marked.schema()));
  }

  /** The parse result with the corrupt-record field that PERMISSIVE mode fills for bad input. */
  private Column parsed(Column text) {
    StructType withCorrupt = schema.add(CORRUPT, DataTypes.StringType);
    Map<String, String> options =
        Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT);
    return format == ValueFormat.JSON
        ? from_json(text, withCorrupt, options)
        : from_csv(text, lit(withCorrupt.toDDL()), options);
  }

  /** Null values, values that parse to nothing (e.g. JSON null) and corrupt records. */
  private static Column isBad(Column text, Column parsed) {
    return text.isNull().or(parsed.isNull()).or(parsed.getField(CORRUPT).isNotNull());
  }

  private Column problem(Column text) {
    return concat(
        lit("cannot decode the value at "),
        position,
        lit(
            " as "
                + format.name().toLowerCase(Locale.ROOT)
                + " with schema '"
                + schema.toDDL()
                + "': "),
        coalesce(substring(text, 1, SHOWN_CHARACTERS), lit("(null value)")));
  }
}
