package io.streamjob.runner;

import io.streamjob.error.EnvironmentException;
import io.streamjob.metrics.MetricsServer;
import io.streamjob.metrics.QueryMetrics;
import io.streamjob.run.RunSettings;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The metrics server of a run when --metrics-port asks for one; nothing otherwise. */
final class MetricsEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsEndpoint.class);

  private final MetricsServer server;

  private MetricsEndpoint(MetricsServer server) {
    this.server = server;
  }

  static MetricsEndpoint start(RunSettings settings, QueryMetrics metrics) {
    if (settings.metricsPort() == null) {
      return new MetricsEndpoint(null);
    }
    try {
      MetricsServer server =
          MetricsServer.start(
              settings.metricsPort(), metrics, settings.readyTimeout(), Clock.systemUTC());
      LOG.info("metrics on http://0.0.0.0:{}/metrics, readiness on /ready", server.port());
      return new MetricsEndpoint(server);
    } catch (IOException e) {
      throw new EnvironmentException(
          "--metrics-port: cannot listen on port "
              + settings.metricsPort()
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
