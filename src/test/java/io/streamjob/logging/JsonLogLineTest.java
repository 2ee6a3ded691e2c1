package io.streamjob.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.value.SecretValues;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** The JSON log line: what Loki and Elasticsearch read without a parsing rule. */
class JsonLogLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void fieldsKeepTheirJsonTypesAndTheTimeIsIsoUtc() throws Exception {
    String line =
        JsonLogLine.of(
                Instant.parse("2026-12-04T15:00:00Z"),
                "INFO",
                "io.streamjob.x",
                "main",
                "batch 3: 12 rows")
            .field("batch", 3L)
            .field("rate", 2.5)
            .field("watermark", null)
            .field("ok", true)
            .field("sources", Map.of("orders", List.of(1, 2)))
            .field("level", "shadowed")
            .toJson();
    assertFalse(line.contains("\n"), line);
    JsonNode node = JSON.readTree(line);
    assertEquals("2026-12-04T15:00:00.000Z", node.get("time").asText());
    assertEquals("INFO", node.get("level").asText());
    assertEquals("io.streamjob.x", node.get("logger").asText());
    assertEquals("batch 3: 12 rows", node.get("message").asText());
    assertTrue(node.get("batch").isIntegralNumber());
    assertEquals(3, node.get("batch").asLong());
    assertTrue(node.get("rate").isDouble());
    assertTrue(node.get("watermark").isNull());
    assertTrue(node.get("ok").isBoolean());
    assertEquals(2, node.get("sources").get("orders").get(1).asInt());
  }

  @Test
  void theStackTraceIsOneStringField() throws Exception {
    String line =
        JsonLogLine.of(Instant.EPOCH, "ERROR", "x", "main", "failed")
            .stackTrace("java.lang.IllegalStateException: no\n\tat a.b(C.java:1)\n")
            .toJson();
    assertEquals(
        "java.lang.IllegalStateException: no\n\tat a.b(C.java:1)",
        JSON.readTree(line).get("stack_trace").asText());
  }

  @Test
  void secretsAreMaskedInEveryValueAndInTheStackTrace() throws Exception {
    SecretValues.process().add("hunter2\"quoted");
    SecretValues.process().add("918273645");
    String line =
        JsonLogLine.of(Instant.EPOCH, "WARN", "x", "main", "login hunter2\"quoted failed")
            .field("jaas", Map.of("password", "hunter2\"quoted"))
            .field("pin", 918273645L)
            .stackTrace("E: hunter2\"quoted")
            .toJson();
    assertFalse(line.contains("hunter2"), line);
    assertFalse(line.contains("918273645"), line);
    JsonNode node = JSON.readTree(line);
    assertEquals("login ***** failed", node.get("message").asText());
    assertEquals("*****", node.get("pin").asText());
  }

  @Test
  void theLogbackEncoderWritesTheFormattedMessageAndTheKeyValuesAsFields() throws Exception {
    LoggingEvent event =
        new LoggingEvent(
            "x",
            ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("io.streamjob.progress"),
            Level.INFO,
            "batch {}: {} rows",
            new IllegalStateException("boom"),
            new Object[] {7L, 12L});
    event.addKeyValuePair(new KeyValuePair("batch", 7L));
    event.addKeyValuePair(new KeyValuePair("watermark", null));
    event.setTimeStamp(Instant.parse("2026-12-04T15:00:00.123Z").toEpochMilli());

    JsonNode plain = encode(new RedactingJsonEncoder(false), event);
    assertEquals("batch 7: 12 rows", plain.get("message").asText());
    assertEquals("2026-12-04T15:00:00.123Z", plain.get("time").asText());
    assertEquals("io.streamjob.progress", plain.get("logger").asText());
    assertEquals(7, plain.get("batch").asLong());
    assertTrue(plain.get("batch").isIntegralNumber());
    assertTrue(plain.get("watermark").isNull());
    assertFalse(
        plain.has("arguments") || plain.has("sequenceNumber") || plain.has("stack_trace"),
        plain.toString());

    JsonNode verbose = encode(new RedactingJsonEncoder(true), event);
    assertTrue(
        verbose.get("stack_trace").asText().startsWith("java.lang.IllegalStateException: boom"),
        verbose.toString());
  }

  private static JsonNode encode(RedactingJsonEncoder encoder, LoggingEvent event)
      throws Exception {
    String text = new String(encoder.encode(event), StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n") && text.indexOf('\n') == text.length() - 1, text);
    return JSON.readTree(text);
  }
}
