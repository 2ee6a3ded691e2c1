package io.streamjob.job;

import java.util.Locale;

/** Spark's output modes, as {@code --output-mode} names them. */
public enum OutputMode {
  APPEND,
  UPDATE,
  COMPLETE;

  /** The mode named by {@code text}; append when none is given. */
  public static OutputMode parse(String text) {
    if (text == null || text.isBlank()) {
      return APPEND;
    }
    return Choices.parse(OutputMode.class, text, "--output-mode", "an output mode");
  }

  public String sparkName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
