package io.streamjob.job;

/** How the {@code value} column of a socket, Kafka or text source is decoded. */
public enum ValueFormat {
  JSON,
  CSV,
  TEXT;

  public static ValueFormat parse(String text) {
    return Choices.parse(ValueFormat.class, text, "--value-format", "a value format");
  }

  /** JSON and CSV values are parsed into columns with {@code --schema}; text stays a string. */
  public boolean needsSchema() {
    return this != TEXT;
  }
}
