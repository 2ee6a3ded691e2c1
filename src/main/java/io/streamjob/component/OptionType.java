package io.streamjob.component;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.streamjob.error.UsageException;
import io.streamjob.value.Durations;
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
  LIST,
  /** A JSON object, e.g. {@code {"orders":[0,1]}}. */
  JSON,
  /** Where to start reading: earliest, latest, or a JSON object of offsets per partition. */
  OFFSETS;

  /** A streaming parser: validate must start fast, and databind costs ~400 classes. */
  private static final JsonFactory JSON_PARSER = new JsonFactory();

  /** Returns a problem with {@code value}, or null when the value has this type. */
  public String check(String value) {
    try {
      switch (this) {
        case INT -> Integer.parseInt(value.trim());
        case LONG -> Long.parseLong(value.trim());
        case POSITIVE_INT, POSITIVE_LONG -> {
          long n =
              this == POSITIVE_INT ? Integer.parseInt(value.trim()) : Long.parseLong(value.trim());
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
        case JSON -> {
          if (!isJsonObject(value)) {
            return "must be a JSON object";
          }
        }
        case OFFSETS -> {
          String v = value.trim().toLowerCase(Locale.ROOT);
          if (!v.equals("earliest") && !v.equals("latest") && !isJsonObject(value)) {
            return "must be earliest, latest, or JSON such as {\"orders\":{\"0\":23,\"1\":-2}}"
                + " (-2 earliest, -1 latest)";
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

  private static boolean isJsonObject(String value) {
    try (JsonParser parser = JSON_PARSER.createParser(value)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
