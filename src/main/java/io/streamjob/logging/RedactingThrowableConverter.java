package io.streamjob.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.streamjob.value.SecretValues;

/** Stack traces (shown with --verbose) with the job's secrets masked in their messages. */
public final class RedactingThrowableConverter extends ExtendedThrowableProxyConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return SecretValues.process().scrub(super.convert(event));
  }
}
