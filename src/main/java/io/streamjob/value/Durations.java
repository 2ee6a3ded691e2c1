package io.streamjob.value;

import io.streamjob.error.UsageException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations users write: {@code 500ms}, {@code 10s}, {@code 30m}, {@code 2h}, {@code
 * 1d}, Spark's interval words such as {@code 10 seconds} and {@code 1 minute}, and sums of them as
 * Spark takes them ({@code 1 minute 30 seconds}, {@code 1m30s}, {@code interval 2 hours}).
 */
public final class Durations {
  /** One amount and its unit; a duration is one or more of them. */
  private static final Pattern PART =
      Pattern.compile("(\\d+)\\s*([a-z]*)\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern INTERVAL_WORD = Pattern.compile("(?i)^interval\\s+");

  private Durations() {}

  /** Parses {@code text}, naming {@code what} (an option) in the error when it is malformed. */
  public static Duration parse(String text, String what) {
    String trimmed = INTERVAL_WORD.matcher(text == null ? "" : text.trim()).replaceFirst("");
    if (trimmed.matches("0+")) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int end = 0;
    while (end < trimmed.length() && m.find(end) && m.start() == end) {
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      total = total.plus(part(Long.parseLong(m.group(1)), unit, text, what));
      end = m.end();
    }
    if (end == 0 || end < trimmed.length()) {
      throw malformed(text, what);
    }
    return total;
  }

  private static Duration part(long amount, String unit, String text, String what) {
    switch (unit) {
      case "ms", "milli", "millis", "millisecond", "milliseconds":
        return Duration.ofMillis(amount);
      case "s", "sec", "secs", "second", "seconds":
        return Duration.ofSeconds(amount);
      case "m", "min", "mins", "minute", "minutes":
        return Duration.ofMinutes(amount);
      case "h", "hour", "hours":
        return Duration.ofHours(amount);
      case "d", "day", "days":
        return Duration.ofDays(amount);
      case "w", "week", "weeks":
        return Duration.ofDays(7 * amount);
      default:
        throw malformed(text, what);
    }
  }

  /** The interval string Spark's APIs take, exact to the millisecond. */
  public static String toSparkInterval(Duration duration) {
    return duration.toMillis() + " milliseconds";
  }

  /** How a duration is shown to users, in the unit they would write: 500ms, 5s, 2m, 1h. */
  public static String format(Duration duration) {
    long ms = duration.toMillis();
    if (ms % 1000 != 0 || ms == 0) {
      return ms + "ms";
    }
    long s = ms / 1000;
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    return s % 60 == 0 ? s / 60 + "m" : s + "s";
  }

  private static UsageException malformed(String text, String what) {
    return new UsageException(
        what
            + ": '"
            + text
            + "' is not a duration; write a number and a unit, e.g. 500ms, 10s, 5m, 1h or"
            + " '10 seconds'");
  }
}
