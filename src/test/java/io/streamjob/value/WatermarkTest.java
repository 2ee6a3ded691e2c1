package io.streamjob.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamjob.error.UsageException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatermarkTest {
  @Test
  void parsesColumnAndDelay() {
    assertEquals(new Watermark("ts", Duration.ofSeconds(10)), Watermark.parse("ts=10 seconds"));
    assertEquals(
        new Watermark("event_time", Duration.ofMinutes(2)), Watermark.parse("event_time = 2m"));
  }

  @Test
  void rejectsMissingPartsAndBadDelays() {
    assertThrows(UsageException.class, () -> Watermark.parse("ts"));
    assertThrows(UsageException.class, () -> Watermark.parse("=10s"));
    assertThrows(UsageException.class, () -> Watermark.parse("ts="));
    assertThrows(UsageException.class, () -> Watermark.parse("ts=soon"));
  }
}
