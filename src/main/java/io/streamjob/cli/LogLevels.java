package io.streamjob.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.streamjob.logging.Log4j2Logging;
import io.streamjob.logging.RedactingJsonEncoder;
import org.slf4j.LoggerFactory;

/**
 * Adjusts logging for {@code --verbose} (Spark's own logs and stack traces) and {@code --log-format
 * json} (JSON lines). Embedded, the backend is logback (conf/logback.xml). Under spark-submit it is
 * Spark's log4j2 (the thin jar has no logback), whatever the installation configured: streamjob
 * sets it up the same way, secret masking included.
 */
final class LogLevels {
  private LogLevels() {}

  static void apply(boolean verbose, boolean json) {
    String backend = LoggerFactory.getILoggerFactory().getClass().getName();
    if ((verbose || json) && backend.startsWith("ch.qos.logback")) {
      Logback.apply(verbose, json);
    } else if (backend.startsWith("org.apache.logging.slf4j")) {
      Log4j2Logging.apply(verbose, json);
    }
  }

  /** Separate so that logback's classes load only when logback is the backend. */
  private static final class Logback {
    static void apply(boolean verbose, boolean json) {
      LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      if (verbose) {
        root.setLevel(Level.INFO);
        // Loggers muted by default (conf/logback.xml) inherit INFO again.
        context.getLoggerList().stream()
            .filter(l -> l.getLevel() == Level.OFF)
            .forEach(l -> l.setLevel(null));
      }
      root.iteratorForAppenders().forEachRemaining(a -> reencode(context, a, verbose, json));
    }

    private static void reencode(
        LoggerContext context, Appender<ILoggingEvent> appender, boolean verbose, boolean json) {
      if (!(appender instanceof OutputStreamAppender<ILoggingEvent> stream)
          || !(stream.getEncoder() instanceof PatternLayoutEncoder pattern)) {
        return;
      }
      Encoder<ILoggingEvent> encoder;
      if (json) {
        encoder = new RedactingJsonEncoder(verbose);
      } else {
        PatternLayoutEncoder withTraces = new PatternLayoutEncoder();
        withTraces.setPattern(pattern.getPattern().replace("%nopex", "%xEx"));
        encoder = withTraces;
      }
      encoder.setContext(context);
      encoder.start();
      stream.setEncoder(encoder);
    }
  }
}
