package io.streamjob.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.error.UsageException;
import io.streamjob.value.TriggerSpec.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TriggerSpecTest {
  @Test
  void parsesAllFiveKinds() {
    assertEquals(
        new TriggerSpec(Kind.PROCESSING_TIME, Duration.ofSeconds(10)),
        TriggerSpec.parse("processing-time=10s"));
    assertEquals(
        new TriggerSpec(Kind.PROCESSING_TIME, Duration.ofSeconds(10)),
        TriggerSpec.parse("processing-time=10 seconds"));
    assertEquals(Kind.AVAILABLE_NOW, TriggerSpec.parse("available-now").kind());
    assertEquals(Kind.ONCE, TriggerSpec.parse("once").kind());
    assertEquals(
        new TriggerSpec(Kind.CONTINUOUS, Duration.ofSeconds(1)),
        TriggerSpec.parse("continuous=1s"));
    assertEquals(
        new TriggerSpec(Kind.REAL_TIME, Duration.ofMinutes(5)), TriggerSpec.parse("real-time"));
    assertEquals(
        new TriggerSpec(Kind.REAL_TIME, Duration.ofSeconds(30)),
        TriggerSpec.parse("real-time=30s"));
  }

  @Test
  void noTriggerMeansMicroBatchesAsFastAsPossible() {
    TriggerSpec none = TriggerSpec.parse(null);
    assertEquals(Kind.DEFAULT, none.kind());
    assertNull(none.interval());
  }

  @Test
  void onlyAvailableNowAndOnceEndByThemselves() {
    assertTrue(TriggerSpec.parse("available-now").endsByItself());
    assertTrue(TriggerSpec.parse("once").endsByItself());
    assertEquals(false, TriggerSpec.parse("processing-time=1s").endsByItself());
  }

  @Test
  void badTriggersSayWhatIsAccepted() {
    UsageException unknown = assertThrows(UsageException.class, () -> TriggerSpec.parse("hourly"));
    assertTrue(unknown.getMessage().contains("available-now"), unknown.getMessage());
    assertThrows(UsageException.class, () -> TriggerSpec.parse("processing-time"));
    assertThrows(UsageException.class, () -> TriggerSpec.parse("once=5s"));
    assertThrows(UsageException.class, () -> TriggerSpec.parse("continuous=fast"));
  }
}
