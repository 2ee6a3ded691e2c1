package io.streamjob.value;

import io.streamjob.error.UsageException;
import java.time.Duration;

/** The parsed {@code --watermark COLUMN=DELAY}, e.g. {@code ts=10 seconds}. */
public record Watermark(String column, Duration delay) {

  public static Watermark parse(String text) {
    return parse(text, "--watermark");
  }

  /** {@code origin}: where the text was given, as messages name it. */
  public static Watermark parse(String text, String origin) {
    int eq = text == null ? -1 : text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new UsageException(
          origin + ": '" + text + "' is not COLUMN=DELAY; write e.g. --watermark 'ts=10 seconds'");
    }
    String column = text.substring(0, eq).trim();
    return new Watermark(column, Durations.parse(text.substring(eq + 1), origin));
  }
}
