package io.streamjob.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.streamjob.job.SecretValues;
import java.nio.charset.StandardCharsets;

/** Logback's JSON lines (--log-format json), with the job's secrets masked. */
public final class RedactingJsonEncoder extends JsonEncoder {
  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = new String(super.encode(event), StandardCharsets.UTF_8);
    return SecretValues.process().scrubJson(line).getBytes(StandardCharsets.UTF_8);
  }
}
