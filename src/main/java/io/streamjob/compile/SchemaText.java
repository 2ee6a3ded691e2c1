package io.streamjob.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The schema's DDL, given inline or as {@code @file}: read once, here. */
final class SchemaText {
  private SchemaText() {}

  /** The DDL; null when none is given, or when its file cannot be read (a problem then). */
  static String read(String schema, String key, Compilation c) {
    if (schema == null || schema.isBlank()) {
      return null;
    }
    String text = schema.trim();
    if (!text.startsWith("@")) {
      return text;
    }
    Path file = Path.of(text.substring(1));
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      c.problem(key, "cannot read schema file '" + file + "'");
      return null;
    }
  }
}
