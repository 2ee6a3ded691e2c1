package io.streamjob.value;

/** How the {@code value} column of a socket, Kafka or text source is decoded. */
public enum ValueFormat {
  JSON,
  CSV,
  TEXT;

  public static ValueFormat parse(String text) {
    return parse(text, "--value-format");
  }

  /** {@code origin}: where the text was given, as messages name it. */
  public static ValueFormat parse(String text, String origin) {
    return Choices.parse(ValueFormat.class, text, origin, "a value format");
  }

  /** JSON and CSV values are parsed into columns with {@code --schema}; text stays a string. */
  public boolean needsSchema() {
    return this != TEXT;
  }
}
