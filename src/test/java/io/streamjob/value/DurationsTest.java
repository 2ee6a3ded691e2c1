package io.streamjob.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.error.UsageException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void parsesShortAndSparkStyleUnits() {
    assertEquals(Duration.ofMillis(500), Durations.parse("500ms", "x"));
    assertEquals(Duration.ofSeconds(10), Durations.parse("10s", "x"));
    assertEquals(Duration.ofSeconds(10), Durations.parse("10 seconds", "x"));
    assertEquals(Duration.ofMinutes(1), Durations.parse("1 minute", "x"));
    assertEquals(Duration.ofMinutes(30), Durations.parse("30m", "x"));
    assertEquals(Duration.ofHours(2), Durations.parse("2h", "x"));
    assertEquals(Duration.ofDays(1), Durations.parse("1d", "x"));
    assertEquals(Duration.ZERO, Durations.parse("0", "x"));
  }

  @Test
  void parsesSumsOfUnitsAsSparksIntervalsDo() {
    assertEquals(Duration.ofSeconds(90), Durations.parse("1 minute 30 seconds", "x"));
    assertEquals(Duration.ofSeconds(90), Durations.parse("1m30s", "x"));
    assertEquals(Duration.ofMinutes(150), Durations.parse("interval 2 hours 30 minutes", "x"));
    assertEquals(Duration.ofDays(14), Durations.parse("2 weeks", "x"));
  }

  @Test
  void malformedDurationNamesTheOptionAndTheValue() {
    UsageException e =
        assertThrows(UsageException.class, () -> Durations.parse("ten seconds", "--trigger"));
    assertTrue(e.getMessage().startsWith("--trigger: 'ten seconds' is not a duration"));
    assertThrows(UsageException.class, () -> Durations.parse("10 parsecs", "x"));
    assertThrows(UsageException.class, () -> Durations.parse("10", "x"));
    assertThrows(UsageException.class, () -> Durations.parse("1 minute 30", "x"));
    assertThrows(UsageException.class, () -> Durations.parse("1 minute and 30 seconds", "x"));
    assertThrows(UsageException.class, () -> Durations.parse("", "x"));
  }

  @Test
  void sparkIntervalIsExactToTheMillisecond() {
    assertEquals("1500 milliseconds", Durations.toSparkInterval(Duration.ofMillis(1500)));
  }

  @Test
  void shownInTheLargestUnitThatIsExact() {
    assertEquals("500ms", Durations.format(Duration.ofMillis(500)));
    assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
    assertEquals("25s", Durations.format(Duration.ofSeconds(25)));
    assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("5m", Durations.format(Duration.ofMinutes(5)));
    assertEquals("2h", Durations.format(Duration.ofHours(2)));
    assertEquals("0ms", Durations.format(Duration.ZERO));
  }
}
