package io.streamjob.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.value.SecretValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One log record as one line of JSON, the shape log collectors (Loki, Elasticsearch) parse without
 * configuration: {@code time} in ISO-8601 UTC, {@code level}, {@code logger}, {@code thread}, the
 * formatted {@code message}, then the record's fields with their JSON types, and {@code
 * stack_trace} as one string. The job's secrets are masked in every value.
 */
public final class JsonLogLine {
  /** Fixed to milliseconds, so that every line's time has the same width and sorts as text. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private JsonLogLine() {}

  public static JsonLogLine of(
      Instant time, String level, String logger, String thread, String message) {
    JsonLogLine line = new JsonLogLine();
    line.fields.put("time", TIME.format(time));
    line.fields.put("level", level);
    line.fields.put("logger", logger);
    line.fields.put("thread", thread);
    line.fields.put("message", message);
    return line;
  }

  /**
   * Adds a field; the ones above keep their meaning, so a field by one of their names is dropped.
   */
  public JsonLogLine field(String name, Object value) {
    fields.putIfAbsent(name, value);
    return this;
  }

  public JsonLogLine stackTrace(String trace) {
    return trace == null || trace.isEmpty() ? this : field("stack_trace", trace.stripTrailing());
  }

  /** The line, without its line break. */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(masked(fields));
    } catch (JsonProcessingException e) {
      // Every value was reduced to strings, numbers, booleans, maps and lists: cannot happen.
      throw new IllegalStateException(e);
    }
  }

  /**
   * The value with secrets masked, reduced to what JSON holds: numbers, booleans and null keep
   * their type, maps and collections nest, anything else becomes its text.
   */
  private static Object masked(Object value) {
    SecretValues secrets = SecretValues.process();
    if (value == null) {
      return null;
    }
    if (value instanceof Number || value instanceof Boolean) {
      String text = value.toString();
      return secrets.scrub(text).equals(text) ? value : SecretValues.MASK;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(secrets.scrub(String.valueOf(k)), masked(v)));
      return copy;
    }
    if (value instanceof Collection<?> items) {
      List<Object> copy = new ArrayList<>();
      items.forEach(item -> copy.add(masked(item)));
      return copy;
    }
    return secrets.scrub(value.toString());
  }
}
