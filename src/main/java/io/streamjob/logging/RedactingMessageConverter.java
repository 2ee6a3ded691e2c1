package io.streamjob.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.streamjob.value.SecretValues;

/** {@code %msg} with the job's secrets masked, whichever library logged them. */
public final class RedactingMessageConverter extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return SecretValues.process().scrub(super.convert(event));
  }
}
