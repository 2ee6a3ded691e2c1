package io.streamjob.value;

import io.streamjob.error.UsageException;
import java.time.Duration;
import java.util.Locale;

/**
 * The parsed {@code --trigger}: a kind and, where the kind takes one, an interval. Without a
 * trigger Spark runs micro-batches as fast as possible.
 */
public record TriggerSpec(Kind kind, Duration interval) {
  /** Spark's own default for the real-time trigger's batch (checkpoint) duration. */
  public static final Duration REAL_TIME_DEFAULT = Duration.ofMinutes(5);

  public enum Kind {
    DEFAULT,
    PROCESSING_TIME,
    AVAILABLE_NOW,
    ONCE,
    CONTINUOUS,
    REAL_TIME
  }

  public static final String SYNTAX =
      "processing-time=10s, available-now, once, continuous=1s, real-time or real-time=5m";

  public static TriggerSpec parse(String text) {
    return parse(text, "--trigger");
  }

  /** {@code origin}: where the text was given, as messages name it. */
  public static TriggerSpec parse(String text, String origin) {
    if (text == null || text.isBlank()) {
      return new TriggerSpec(Kind.DEFAULT, null);
    }
    String trimmed = text.trim();
    int eq = trimmed.indexOf('=');
    String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
    String value = eq < 0 ? null : trimmed.substring(eq + 1).trim();
    return switch (name) {
      case "available-now" -> withoutInterval(Kind.AVAILABLE_NOW, name, value, origin);
      case "once" -> withoutInterval(Kind.ONCE, name, value, origin);
      case "processing-time" ->
          new TriggerSpec(Kind.PROCESSING_TIME, interval(text, value, origin));
      case "continuous" -> new TriggerSpec(Kind.CONTINUOUS, interval(text, value, origin));
      case "real-time" ->
          new TriggerSpec(
              Kind.REAL_TIME, value == null ? REAL_TIME_DEFAULT : interval(text, value, origin));
      default ->
          throw new UsageException(
              origin + ": unknown trigger '" + text + "'; use one of: " + SYNTAX);
    };
  }

  private static TriggerSpec withoutInterval(Kind kind, String name, String value, String origin) {
    if (value != null) {
      throw new UsageException(origin + ": '" + name + "' takes no interval (got '" + value + "')");
    }
    return new TriggerSpec(kind, null);
  }

  private static Duration interval(String text, String value, String origin) {
    if (value == null || value.isEmpty()) {
      throw new UsageException(
          origin + ": '" + text + "' needs an interval, e.g. processing-time=10s");
    }
    return Durations.parse(value, origin);
  }

  /**
   * True for the triggers whose batches run for a fixed time while records flow through (real-time,
   * continuous): a batch is a checkpoint interval, not a unit of work to wait for.
   */
  public boolean batchesAreCheckpointIntervals() {
    return kind == Kind.REAL_TIME || kind == Kind.CONTINUOUS;
  }

  /** The trigger as {@code --trigger} writes it, e.g. {@code processing-time=10s}. */
  public String text() {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return kind == Kind.DEFAULT
        ? "default"
        : interval == null ? name : name + "=" + Durations.format(interval);
  }

  /** True for the triggers after which the query ends by itself once its input is drained. */
  public boolean endsByItself() {
    return kind == Kind.AVAILABLE_NOW || kind == Kind.ONCE;
  }
}
