package io.streamjob.job;

import io.streamjob.error.UsageException;
import java.util.Locale;

/** Spark's output modes, as {@code --output-mode} names them. */
public enum OutputMode {
  APPEND,
  UPDATE,
  COMPLETE;

  public static OutputMode parse(String text) {
    if (text == null || text.isBlank()) {
      return APPEND;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--output-mode: '" + text + "' is not an output mode; use append, update or complete");
    }
  }

  public String sparkName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
