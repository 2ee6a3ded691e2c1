package io.streamjob.value;

import java.util.Locale;

/** Spark's output modes, as {@code --output-mode} names them. */
public enum OutputMode {
  APPEND,
  UPDATE,
  COMPLETE;

  /** The mode named by {@code text}; append when none is given. */
  public static OutputMode parse(String text) {
    return parse(text, "--output-mode");
  }

  /** {@code origin}: where the text was given, as messages name it. */
  public static OutputMode parse(String text, String origin) {
    if (text == null || text.isBlank()) {
      return APPEND;
    }
    return Choices.parse(OutputMode.class, text, origin, "an output mode");
  }

  public String sparkName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
