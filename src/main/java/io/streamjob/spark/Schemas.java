package io.streamjob.spark;

import io.streamjob.error.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructType;

/** Reads {@code --schema}: a DDL string, or {@code @file} holding one. */
public final class Schemas {
  private Schemas() {}

  public static StructType parse(String schema) {
    String ddl = schema.trim();
    if (ddl.startsWith("@")) {
      Path file = Path.of(ddl.substring(1));
      try {
        ddl = Files.readString(file).trim();
      } catch (IOException e) {
        throw new UsageException("--schema: cannot read schema file '" + file + "'");
      }
    }
    try {
      return StructType.fromDDL(ddl);
    } catch (Exception e) {
      String reason =
          SparkErrors.asAnalysisError(e).map(SparkErrors::message).orElse(e.getMessage());
      throw new UsageException(
          "--schema: not a valid schema (" + reason
              + "); write columns as 'name TYPE, ...', e.g. 'id BIGINT, ts TIMESTAMP'");
    }
  }
}
