package io.streamjob.logging;

import io.streamjob.value.SecretValues;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * The driver's logging under spark-submit, where Spark's log4j2 is the backend: streamjob's levels
 * (those of conf/logback.xml), its text or JSON lines, and secrets masked, as embedded. Every
 * appender of the installation's configuration is replaced by one on standard error, so that no
 * line escapes the masking.
 */
public final class Log4j2Logging {
  private static final String APPENDER = "streamjob";

  private Log4j2Logging() {}

  public static void apply(boolean verbose, boolean json) {
    // log4j2 keeps one context per class loader: Spark's classes log through the one of the
    // installation's class loader, streamjob's and the thin jar's (Kafka, Delta) through the
    // one of the loader spark-submit adds the jar with.
    Set<LoggerContext> contexts = new LinkedHashSet<>();
    contexts.add((LoggerContext) LogManager.getContext(LogManager.class.getClassLoader(), false));
    contexts.add(
        (LoggerContext) LogManager.getContext(Log4j2Logging.class.getClassLoader(), false));
    for (LoggerContext context : contexts) {
      configure(context, verbose, json);
      // SparkContext's start resets logging (Logging.uninitialize), which can reload the
      // installation's configuration: streamjob's is applied again to whatever is loaded.
      context.addPropertyChangeListener(
          change -> {
            // (updateLoggers, which configure calls, reports the same configuration as old and new)
            if (LoggerContext.PROPERTY_CONFIG.equals(change.getPropertyName())
                && change.getNewValue() != change.getOldValue()) {
              configure(context, verbose, json);
            }
          });
    }
  }

  private static void configure(LoggerContext context, boolean verbose, boolean json) {
    Configuration config = context.getConfiguration();
    Appender appender =
        ConsoleAppender.newBuilder()
            .setName(APPENDER)
            .setTarget(ConsoleAppender.Target.SYSTEM_ERR)
            .setConfiguration(config)
            .setLayout(json ? new JsonLayout(verbose) : new TextLayout(config, verbose))
            .build();
    appender.start();
    config.addAppender(appender);
    Map<String, String> levels = LoggerLevels.fromLogbackXml();
    levels.forEach(
        (name, level) -> {
          boolean muted = Level.OFF.name().equalsIgnoreCase(level);
          if (!name.isEmpty() && !(verbose && muted) && config.getLoggers().get(name) == null) {
            config.addLogger(name, new LoggerConfig(name, Level.toLevel(level), true));
          }
        });
    for (LoggerConfig logger : config.getLoggers().values()) {
      logger.getAppenders().keySet().forEach(logger::removeAppender);
      String level = levels.get(logger.getName());
      if (level != null && !(verbose && Level.OFF.name().equalsIgnoreCase(level))) {
        logger.setLevel(Level.toLevel(level));
      } else if (verbose && logger.getLevel() == Level.OFF) {
        logger.setLevel(Level.INFO);
      }
    }
    LoggerConfig root = config.getRootLogger();
    root.getAppenders().keySet().forEach(root::removeAppender);
    root.addAppender(appender, null, null);
    root.setLevel(verbose ? Level.INFO : Level.toLevel(levels.getOrDefault("", "WARN")));
    context.updateLoggers();
  }

  /** The text lines of conf/logback.xml's pattern, masked; stack traces only if verbose. */
  private static final class TextLayout extends AbstractStringLayout {
    private final PatternLayout pattern;

    TextLayout(Configuration config, boolean verbose) {
      super(StandardCharsets.UTF_8);
      this.pattern =
          PatternLayout.newBuilder()
              .withConfiguration(config)
              .withPattern("%d{HH:mm:ss.SSS} %-5level %c{1.} - %msg%n")
              .withAlwaysWriteExceptions(verbose)
              .build();
    }

    @Override
    public String toSerializable(LogEvent event) {
      return SecretValues.process().scrub(pattern.toSerializable(event));
    }
  }

  /**
   * {@link JsonLogLine}s. The slf4j binding hands key-value pairs over as context data, as text:
   * numbers and null are given their JSON type back.
   */
  private static final class JsonLayout extends AbstractStringLayout {
    private final boolean stackTraces;

    JsonLayout(boolean stackTraces) {
      super(StandardCharsets.UTF_8);
      this.stackTraces = stackTraces;
    }

    @Override
    public String toSerializable(LogEvent event) {
      JsonLogLine line =
          JsonLogLine.of(
              Instant.ofEpochMilli(event.getInstant().getEpochMillisecond())
                  .plusNanos(event.getInstant().getNanoOfMillisecond()),
              event.getLevel().name(),
              event.getLoggerName(),
              event.getThreadName(),
              event.getMessage().getFormattedMessage());
      event.getContextData().forEach((key, value) -> line.field(key, typed(value)));
      if (stackTraces && event.getThrown() != null) {
        StringWriter trace = new StringWriter();
        event.getThrown().printStackTrace(new PrintWriter(trace, true));
        line.stackTrace(trace.toString());
      }
      return line.toJson() + "\n";
    }

    private static Object typed(Object value) {
      if (!(value instanceof String text)) {
        return value;
      }
      if (text.equals("null")) {
        return null;
      }
      if (text.matches("-?(0|[1-9]\\d{0,17})")) {
        return Long.valueOf(text);
      }
      if (text.matches("-?(0|[1-9]\\d*)\\.\\d+")) {
        return Double.valueOf(text);
      }
      return text;
    }
  }
}
