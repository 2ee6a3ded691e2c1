package io.streamjob.connector.jdbc;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The SQL the jdbc sink sends: table and batch-log DDL, insert and upsert statements. */
final class SqlDialect {
  static final String BATCH_LOG = "streamjob_batches";

  private final String quote;
  private final boolean postgres;

  SqlDialect(String quote, boolean postgres) {
    this.quote = quote == null || quote.isBlank() ? "" : quote.trim();
    this.postgres = postgres;
  }

  String name(String identifier) {
    return quote + identifier + quote;
  }

  String createTable(String table, StructType schema, List<String> key) {
    String columns =
        java.util.Arrays.stream(schema.fields())
            .map(f -> name(f.name()) + " " + type(f))
            .collect(Collectors.joining(", "));
    String primaryKey =
        key.isEmpty()
            ? ""
            : ", PRIMARY KEY ("
                + key.stream().map(this::name).collect(Collectors.joining(", "))
                + ")";
    return "CREATE TABLE " + table + " (" + columns + primaryKey + ")";
  }

  String createBatchLog() {
    return "CREATE TABLE "
        + BATCH_LOG
        + " (query_key VARCHAR(1000) NOT NULL, batch_id BIGINT NOT NULL,"
        + " committed_at TIMESTAMP NOT NULL, PRIMARY KEY (query_key, batch_id))";
  }

  String lastBatch() {
    return "SELECT MAX(batch_id) FROM " + BATCH_LOG + " WHERE query_key = ?";
  }

  String recordBatch() {
    return "INSERT INTO "
        + BATCH_LOG
        + " (query_key, batch_id, committed_at) VALUES (?, ?, CURRENT_TIMESTAMP)";
  }

  String insert(String table, StructType schema, List<String> key) {
    List<String> columns = List.of(schema.fieldNames());
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + columns.stream().map(this::name).collect(Collectors.joining(", "))
            + ") VALUES ("
            + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
            + ")";
    if (key.isEmpty()) {
      return sql;
    }
    String updates =
        columns.stream()
            .filter(c -> !key.contains(c))
            .map(c -> name(c) + " = EXCLUDED." + name(c))
            .collect(Collectors.joining(", "));
    return sql
        + " ON CONFLICT ("
        + key.stream().map(this::name).collect(Collectors.joining(", "))
        + ") DO "
        + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
  }

  private String type(StructField field) {
    DataType t = field.dataType();
    if (t.equals(DataTypes.LongType)) return "BIGINT";
    if (t.equals(DataTypes.IntegerType)) return "INTEGER";
    if (t.equals(DataTypes.ShortType) || t.equals(DataTypes.ByteType)) return "SMALLINT";
    if (t.equals(DataTypes.DoubleType)) return "DOUBLE PRECISION";
    if (t.equals(DataTypes.FloatType)) return "REAL";
    if (t.equals(DataTypes.StringType)) return postgres ? "TEXT" : "VARCHAR(4000)";
    if (t.equals(DataTypes.BooleanType)) return "BOOLEAN";
    if (t.equals(DataTypes.TimestampType)) return "TIMESTAMP";
    if (t.equals(DataTypes.DateType)) return "DATE";
    if (t.equals(DataTypes.BinaryType)) return postgres ? "BYTEA" : "BLOB";
    if (t instanceof DecimalType d) return "DECIMAL(" + d.precision() + ", " + d.scale() + ")";
    throw new IllegalArgumentException(
        "column '"
            + field.name()
            + "' has type "
            + t.simpleString()
            + ", which streamjob cannot create a column for; create the table"
            + " yourself, or --select it as a simpler type");
  }
}
