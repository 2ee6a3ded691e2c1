package io.streamjob.component;

import io.streamjob.error.UsageException;
import io.streamjob.job.Durations;
import java.util.Locale;

/** The type of a component option, and the check that a value has it. */
public enum OptionType {
  STRING,
  INT,
  LONG,
  /** A whole number greater than zero. */
  POSITIVE_INT,
  /** A whole number greater than zero, possibly large. */
  POSITIVE_LONG,
  BOOLEAN,
  DURATION,
  /** A comma-separated list, e.g. {@code partitionBy=date,country}. */
  LIST;

  /** Returns a problem with {@code value}, or null when the value has this type. */
  public String check(String value) {
    try {
      switch (this) {
        case INT -> Integer.parseInt(value.trim());
        case LONG -> Long.parseLong(value.trim());
        case POSITIVE_INT, POSITIVE_LONG -> {
          long n = this == POSITIVE_INT ? Integer.parseInt(value.trim()) : Long.parseLong(value.trim());
          if (n <= 0) {
            return "must be greater than zero";
          }
        }
        case BOOLEAN -> {
          String v = value.trim().toLowerCase(Locale.ROOT);
          if (!v.equals("true") && !v.equals("false")) {
            return "must be true or false";
          }
        }
        case DURATION -> Durations.parse(value, "value");
        case LIST -> {
          if (value.isBlank()) {
            return "must name at least one item";
          }
        }
        default -> {}
      }
      return null;
    } catch (NumberFormatException e) {
      return "must be a whole number";
    } catch (UsageException e) {
      return "must be a duration such as 500ms, 10s or 5m";
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
