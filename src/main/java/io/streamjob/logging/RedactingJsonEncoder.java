package io.streamjob.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code --log-format json} under logback: each event as a {@link JsonLogLine}, with its key-value
 * pairs as fields and its MDC as the {@code context} object. Stack traces only with {@code
 * --verbose}, as in the text format.
 */
public final class RedactingJsonEncoder extends EncoderBase<ILoggingEvent> {
  private static final byte[] NOTHING = new byte[0];

  private final boolean stackTraces;

  public RedactingJsonEncoder(boolean stackTraces) {
    this.stackTraces = stackTraces;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    JsonLogLine line =
        JsonLogLine.of(
            event.getInstant(),
            event.getLevel().toString(),
            event.getLoggerName(),
            event.getThreadName(),
            event.getFormattedMessage());
    if (event.getKeyValuePairs() != null) {
      event.getKeyValuePairs().forEach(pair -> line.field(pair.key, pair.value));
    }
    Map<String, String> context = event.getMDCPropertyMap();
    if (context != null && !context.isEmpty()) {
      line.field("context", context);
    }
    IThrowableProxy thrown = event.getThrowableProxy();
    if (stackTraces && thrown != null) {
      line.stackTrace(ThrowableProxyUtil.asString(thrown));
    }
    return (line.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] headerBytes() {
    return NOTHING;
  }

  @Override
  public byte[] footerBytes() {
    return NOTHING;
  }
}
