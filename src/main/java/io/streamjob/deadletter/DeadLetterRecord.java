package io.streamjob.deadletter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;

/** One dead letter as a JSON line: the raw value, why it was refused, where it came from. */
final class DeadLetterRecord {
  private static final JsonFactory JSON = new JsonFactory();

  private DeadLetterRecord() {}

  /**
   * @param topic, partition, offset the Kafka position, or nulls
   * @param file the file the record came from, or null
   */
  static String json(
      String value,
      String reason,
      String position,
      String key,
      String topic,
      Integer partition,
      Long offset,
      String file,
      long batchId) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("value", value);
      g.writeStringField("reason", reason);
      g.writeStringField("position", position);
      if (key != null) {
        g.writeStringField("key", key);
      }
      if (topic != null) {
        g.writeStringField("topic", topic);
        g.writeNumberField("partition", partition);
        g.writeNumberField("offset", offset);
      }
      if (file != null) {
        g.writeStringField("file", file);
      }
      g.writeNumberField("batch_id", batchId);
      g.writeStringField("time", Instant.now().toString());
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** Why a value was refused, in words; bad values are rare, so parsing them again is cheap. */
  static String reason(String value, boolean decodedToNull, String format, String schema) {
    if (value == null) {
      return "null value";
    }
    if (value.isBlank()) {
      return "empty value";
    }
    if (format.equals("json")) {
      try (JsonParser parser = JSON.createParser(value)) {
        while (parser.nextToken() != null) {
          // reading through finds the first syntax error, if any
        }
      } catch (IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cut = message.indexOf('\n');
        return "malformed JSON: " + (cut < 0 ? message : message.substring(0, cut));
      }
      if (decodedToNull || !value.strip().startsWith("{")) {
        return "valid JSON but not an object (e.g. null, an array or a string)";
      }
    }
    return "does not match the schema (" + schema + "): a field has the wrong type";
  }
}
