package io.streamjob.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves {@code GET /metrics} (Prometheus text format) and {@code GET /ready} for one query.
 *
 * <p>A JDK {@link HttpServer} with the Prometheus client's own {@link MetricsHandler} on /metrics:
 * the library's {@code HTTPServer} builder has no way to add a second endpoint, and this keeps the
 * exposition format (content negotiation, OpenMetrics, gzip) entirely the library's.
 *
 * <p>/ready answers 200 while the query's last batch completed less than the ready timeout ago, or,
 * before any batch, while less than the timeout has passed since the server started (a job that is
 * still starting is not stuck). Otherwise 503, saying how long it has been.
 */
public final class MetricsServer implements AutoCloseable {
  /** Scrapes and probes are tiny and rare: two threads are plenty and never crowd Spark. */
  private static final int THREADS = 2;

  private final HttpServer server;
  private final ExecutorService executor;

  private MetricsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds 0.0.0.0 (so that a scraper outside the container or host can reach it) and starts
   * serving.
   *
   * @param port the port, or 0 for any free one (see {@link #port()})
   * @param readyTimeout how long without a completed batch before /ready fails; positive
   * @param clock the clock /ready measures against (the one {@code metrics} dates batches with)
   * @throws IOException if the port cannot be bound
   */
  public static MetricsServer start(
      int port, QueryMetrics metrics, Duration readyTimeout, Clock clock) throws IOException {
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(clock, "clock");
    if (readyTimeout == null || readyTimeout.isNegative() || readyTimeout.isZero()) {
      throw new IllegalArgumentException("readyTimeout must be positive: " + readyTimeout);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.createContext("/metrics", new MetricsHandler(metrics.registry()));
    server.createContext("/ready", new ReadyHandler(metrics, readyTimeout, clock, clock.instant()));
    server.start();
    return new MetricsServer(server, executor);
  }

  /** The port actually bound: the one asked for, or the one picked for port 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops at once (a scrape in flight is cut off) and releases the port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Daemon threads: a server left open must not keep the JVM alive after the job ends. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "streamjob-metrics-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The readiness rule; see the class comment. */
  private static final class ReadyHandler implements HttpHandler {
    private final QueryMetrics metrics;
    private final Duration timeout;
    private final Clock clock;
    private final Instant started;

    ReadyHandler(QueryMetrics metrics, Duration timeout, Clock clock, Instant started) {
      this.metrics = metrics;
      this.timeout = timeout;
      this.clock = clock;
      this.started = started;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String method = exchange.getRequestMethod();
        if (!exchange.getRequestURI().getPath().equals("/ready")) {
          respond(exchange, 404, "not found");
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          respond(exchange, 405, "method not allowed");
        } else {
          check(exchange);
        }
      }
    }

    private void check(HttpExchange exchange) throws IOException {
      Instant now = clock.instant();
      Instant last = metrics.lastBatchCompleted();
      Duration since = Duration.between(last != null ? last : started, now);
      if (since.compareTo(timeout) < 0) {
        respond(exchange, 200, "ready");
      } else if (last != null) {
        respond(
            exchange,
            503,
            "not ready: the last batch completed "
                + seconds(since)
                + " ago (ready timeout "
                + seconds(timeout)
                + ")");
      } else {
        respond(
            exchange,
            503,
            "not ready: no batch completed in the "
                + seconds(since)
                + " since start (ready timeout "
                + seconds(timeout)
                + ")");
      }
    }

    private static String seconds(Duration d) {
      return d.toSeconds() + "s";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
