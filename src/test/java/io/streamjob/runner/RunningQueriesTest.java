package io.streamjob.runner;

import static io.streamjob.testing.InProcessCli.runLocal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.InProcessCli.Result;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;

/** Queries that run until stopped: socket decoding, processing-time and continuous triggers. */
class RunningQueriesTest {
  private static final long WAIT_MS = 60_000;

  /** Starts streamjob in a thread, waits until the memory table has rows, stops the query. */
  private static Result runUntil(String queryName, long rows, String... args) throws Exception {
    CompletableFuture<Result> job = CompletableFuture.supplyAsync(() -> runLocal(args));
    long deadline = System.currentTimeMillis() + WAIT_MS;
    StreamingQuery query = null;
    while (System.currentTimeMillis() < deadline && !job.isDone()) {
      query = active(queryName);
      if (query != null
          && SparkSession.active().catalog().tableExists(queryName)
          && SparkSession.active().table(queryName).count() >= rows) {
        break;
      }
      Thread.sleep(200);
    }
    if (job.isDone()) {
      return job.get();
    }
    assertTrue(query != null, "query " + queryName + " is running");
    query.stop();
    return job.get(WAIT_MS, TimeUnit.MILLISECONDS);
  }

  private static StreamingQuery active(String name) {
    if (SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty()) {
      return null;
    }
    SparkSession spark = SparkSession.getDefaultSession().get();
    for (StreamingQuery q : spark.streams().active()) {
      if (name.equals(q.name())) {
        return q;
      }
    }
    return null;
  }

  @Test
  void socketLinesDecodedAsJsonWithProcessingTimeTrigger() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> feeder =
          CompletableFuture.runAsync(
              () -> {
                try (Socket client = server.accept();
                    PrintWriter out =
                        new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
                  for (int i = 1; i <= 30; i++) {
                    out.println("{\"id\": " + i + ", \"word\": \"w" + (i % 4) + "\"}");
                  }
                  Thread.sleep(WAIT_MS); // keep the connection open while the query reads
                } catch (Exception ignored) {
                  // the query stopped and closed the connection
                }
              });
      Result r =
          runUntil(
              "socket_words",
              23,
              "--source",
              "socket",
              "--source-option",
              "host=127.0.0.1",
              "--source-option",
              "port=" + server.getLocalPort(),
              "--value-format",
              "json",
              "--schema",
              "id INT, word STRING",
              "--where",
              "word <> 'w0'",
              "--sink",
              "memory",
              "--query-name",
              "socket_words",
              "--trigger",
              "processing-time=200ms");
      feeder.cancel(true);
      assertEquals(0, r.code(), "a stopped query ends cleanly: " + r.err());
    }
    List<Integer> ids =
        SparkSession.active()
            .sql("SELECT id FROM socket_words ORDER BY id")
            .collectAsList()
            .stream()
            .map(row -> row.getInt(0))
            .toList();
    assertEquals(IntStream.rangeClosed(1, 30).filter(i -> i % 4 != 0).boxed().toList(), ids);
  }

  @Test
  void continuousTriggerFromRateToMemory() throws Exception {
    Result r =
        runUntil(
            "continuous_rate",
            5,
            // One partition: continuous tasks hold a core each, and local[2] needs one free to
            // poll.
            "--source",
            "rate",
            "--source-option",
            "rowsPerSecond=20",
            "--source-option",
            "numPartitions=1",
            "--sink",
            "memory",
            "--query-name",
            "continuous_rate",
            "--trigger",
            "continuous=1s");
    assertEquals(0, r.code(), r.err());
    assertTrue(SparkSession.active().table("continuous_rate").count() >= 5);
  }
}
