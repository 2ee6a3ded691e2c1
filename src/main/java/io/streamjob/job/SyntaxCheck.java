package io.streamjob.job;

import io.streamjob.spark.SqlSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The syntax of a job's schema and SQL texts, checked with Spark's parser. A job without any
 * such text does not touch the parser, so its classes are loaded only when there is something
 * to parse.
 */
final class SyntaxCheck {
  private SyntaxCheck() {}

  static List<String> problems(SourceSpec source, TransformSpec transform) {
    String schema = schemaText(source.schema());
    if (schema == null && transform.where() == null && transform.select().isEmpty()
        && transform.sql() == null) {
      return List.of();
    }
    return SqlSyntax.problems("--schema", schema, transform.where(), transform.select(),
        transform.sql());
  }

  /** The DDL given inline or in an {@code @file}; null when absent or unreadable (reported apart). */
  private static String schemaText(String schema) {
    if (schema == null || schema.isBlank()) {
      return null;
    }
    String text = schema.trim();
    if (!text.startsWith("@")) {
      return text;
    }
    try {
      return Files.readString(Path.of(text.substring(1))).trim();
    } catch (IOException e) {
      return null;
    }
  }
}
