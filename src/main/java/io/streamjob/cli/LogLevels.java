package io.streamjob.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

/**
 * Turns Spark's own logs and stack traces on for {@code --verbose}. Levels are set through
 * logback because Spark's {@code SparkContext.setLogLevel} only works with log4j2 as the backend.
 * Under spark-submit the backend is Spark's log4j2 (the thin jar has no logback) and its
 * configuration stands.
 */
final class LogLevels {
  private LogLevels() {}

  static void apply(boolean verbose) {
    String backend = LoggerFactory.getILoggerFactory().getClass().getName();
    if (verbose && backend.startsWith("ch.qos.logback")) {
      Logback.verbose();
    }
  }

  /** Separate so that logback's classes load only when logback is the backend. */
  private static final class Logback {
    static void verbose() {
      LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      root.setLevel(Level.INFO);
      // Loggers muted by default (conf/logback.xml) inherit INFO again.
      context.getLoggerList().stream()
          .filter(l -> l.getLevel() == Level.OFF)
          .forEach(l -> l.setLevel(null));
      root.iteratorForAppenders().forEachRemaining(appender -> showStackTraces(context, appender));
    }

    private static void showStackTraces(
        LoggerContext context, ch.qos.logback.core.Appender<ILoggingEvent> appender) {
      if (appender instanceof OutputStreamAppender<ILoggingEvent> stream
          && stream.getEncoder() instanceof PatternLayoutEncoder encoder) {
        PatternLayoutEncoder withTraces = new PatternLayoutEncoder();
        withTraces.setContext(context);
        withTraces.setPattern(encoder.getPattern().replace("%nopex", "%xEx"));
        withTraces.start();
        stream.setEncoder(withTraces);
      }
    }
  }
}
