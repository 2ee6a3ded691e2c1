package io.streamjob.job;

import io.streamjob.error.UsageException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations users write: {@code 500ms}, {@code 10s}, {@code 30m}, {@code 2h},
 * {@code 1d}, or Spark's interval words such as {@code 10 seconds} and {@code 1 minute}.
 */
public final class Durations {
  private static final Pattern DURATION =
      Pattern.compile("(\\d+)\\s*([a-z]+)?", Pattern.CASE_INSENSITIVE);

  private Durations() {}

  /** Parses {@code text}, naming {@code what} (an option) in the error when it is malformed. */
  public static Duration parse(String text, String what) {
    Matcher m = DURATION.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw malformed(text, what);
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
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
      case "":
        if (amount == 0) {
          return Duration.ZERO;
        }
        throw malformed(text, what);
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
