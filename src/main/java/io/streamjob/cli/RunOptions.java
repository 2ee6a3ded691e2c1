package io.streamjob.cli;

import io.streamjob.error.UsageException;
import io.streamjob.run.RunSettings;
import io.streamjob.value.Durations;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How {@code run} drives the job: time limits, metrics, log format. */
public final class RunOptions {
  enum LogFormat {
    text,
    json
  }

  @Option(
      names = "--max-duration",
      paramLabel = "DURATION",
      order = 1,
      description = "Stop gracefully after this long, e.g. 30m; exit 0.")
  String maxDuration;

  @Option(
      names = "--stop-timeout",
      paramLabel = "DURATION",
      order = 2,
      description =
          "How long a graceful stop (signal, --max-duration) may wait for the running micro-batch before stopping at once with exit 1 (default 25s).")
  String stopTimeout;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      order = 3,
      description =
          "Serve Prometheus metrics on GET /metrics and readiness on GET /ready on this port.")
  Integer metricsPort;

  @Option(
      names = "--ready-timeout",
      paramLabel = "DURATION",
      order = 4,
      description =
          "GET /ready answers 503 when no batch has completed for this long (default 5m).")
  String readyTimeout;

  @Option(
      names = "--force-checkpoint",
      order = 6,
      description =
          "Resume the checkpoint even though it was made for a different job (other source or topics, state of the stateful operators, state store provider, or sink).")
  boolean forceCheckpoint;

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      order = 5,
      defaultValue = "text",
      description = "text (default) or json: every log line, progress included, as a JSON object.")
  LogFormat logFormat;

  RunSettings toSettings() {
    Duration max = maxDuration == null ? null : positive(maxDuration, "--max-duration");
    Duration stop =
        stopTimeout == null
            ? RunSettings.DEFAULT_STOP_TIMEOUT
            : positive(stopTimeout, "--stop-timeout");
    Duration ready =
        readyTimeout == null
            ? RunSettings.DEFAULT_READY_TIMEOUT
            : positive(readyTimeout, "--ready-timeout");
    if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
      throw new UsageException("--metrics-port: " + metricsPort + " is not a port (0-65535)");
    }
    return new RunSettings(max, stop, metricsPort, ready, forceCheckpoint);
  }

  boolean json() {
    return logFormat == LogFormat.json;
  }

  private static Duration positive(String text, String option) {
    Duration d = Durations.parse(text, option);
    if (d.isZero()) {
      throw new UsageException(option + ": must be longer than zero");
    }
    return d;
  }
}
