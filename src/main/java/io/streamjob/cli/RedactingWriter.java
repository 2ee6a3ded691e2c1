package io.streamjob.cli;

import io.streamjob.value.SecretValues;
import java.io.PrintWriter;
import java.io.Writer;

/** A writer that masks the job's secrets in everything printed through it. */
final class RedactingWriter extends PrintWriter {
  RedactingWriter(Writer out) {
    super(out, true);
  }

  @Override
  public void write(String s, int off, int len) {
    String scrubbed = SecretValues.process().scrub(s.substring(off, off + len));
    super.write(scrubbed, 0, scrubbed.length());
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len), 0, len);
  }
}
