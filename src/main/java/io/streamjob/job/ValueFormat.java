package io.streamjob.job;

import io.streamjob.error.UsageException;
import java.util.Locale;

/** How the {@code value} column of a socket or Kafka source is decoded. */
public enum ValueFormat {
  JSON,
  CSV,
  TEXT;

  public static ValueFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--value-format: '" + text + "' is not a value format; use json, csv or text");
    }
  }

  /** JSON and CSV values are parsed into columns with {@code --schema}; text stays a string. */
  public boolean needsSchema() {
    return this != TEXT;
  }
}
