package io.streamjob.connector.jdbc;

import static io.streamjob.testing.InProcessCli.runLocal;
import static io.streamjob.testing.JobFixture.ORDERS_SCHEMA;
import static io.streamjob.testing.JobFixture.writeOrders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.InProcessCli.Result;
import io.streamjob.testing.NeedsServices;
import io.streamjob.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jdbc sink against a real PostgreSQL server. Faults injected: a replayed batch, a missing
 * table, bad credentials, an unreachable server, the server stopped during a run. Counted: rows in
 * the table against ids sent.
 */
@NeedsServices
class JdbcSinkTest {
  @TempDir static Path pgDir;
  static PostgresServer pg;
  @TempDir Path dir;

  @BeforeAll
  static void startPostgres() throws Exception {
    pg = PostgresServer.start(pgDir);
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  private List<String> job(String table, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "json",
                "--source-option",
                "path=" + dir.resolve("in"),
                "--source-option",
                "maxFilesPerTrigger=1",
                "--schema",
                ORDERS_SCHEMA,
                "--sink",
                "jdbc",
                "--sink-option",
                "url=" + pg.jdbcUrl(),
                "--sink-option",
                "table=" + table,
                "--sink-option",
                "user=" + pg.user(),
                "--sink-option",
                "password=" + pg.password(),
                "--sink-option",
                "createTable=true",
                "--checkpoint",
                dir.resolve("checkpoint").toString(),
                "--trigger",
                "available-now"));
    args.addAll(List.of(more));
    return args;
  }

  private static Result runJob(List<String> args) {
    return runLocal(args.toArray(String[]::new));
  }

  private static long query(String sql) throws Exception {
    try (Connection c = pg.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void everyRecordExactlyOnceAcrossRestartsAndAReplayedBatch() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 40);
    writeOrders(dir.resolve("in"), "b.json", 41, 70);
    Result first = runJob(job("orders_a"));
    assertEquals(0, first.code(), first.err());
    assertEquals(70, query("SELECT count(*) FROM orders_a"));

    writeOrders(dir.resolve("in"), "c.json", 71, 100);
    assertEquals(0, runJob(job("orders_a")).code());
    // Lose the checkpoint's commit of the last batch, as a kill between the database commit and
    // the checkpoint commit would: Spark replays the batch, the batch log skips it.
    Path commits = dir.resolve("checkpoint/commits");
    Path last =
        Files.list(commits)
            .filter(p -> p.getFileName().toString().matches("\\d+"))
            .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString())))
            .orElseThrow();
    Files.delete(last);
    Files.deleteIfExists(commits.resolve("." + last.getFileName() + ".crc"));
    Result replay = runJob(job("orders_a"));
    assertEquals(0, replay.code(), replay.err());
    assertEquals(100, query("SELECT count(*) FROM orders_a"));
    assertEquals(100, query("SELECT count(DISTINCT id) FROM orders_a"));
    assertEquals(5050, query("SELECT sum(id) FROM orders_a"));
  }

  @Test
  void upsertKeepsTheLastValuePerKey() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 10);
    Files.writeString(
        dir.resolve("in/b.json"),
        "{\"id\": 5, \"user\": \"late\", \"amount\": 999.0}\n"
            + "{\"id\": 11, \"user\": \"new\", \"amount\": 11.0}\n");
    Result r = runJob(job("orders_u", "--sink-option", "mode=upsert", "--sink-option", "key=id"));
    assertEquals(0, r.code(), r.err());
    assertEquals(11, query("SELECT count(*) FROM orders_u"));
    assertEquals(999, query("SELECT amount FROM orders_u WHERE id = 5"));
    assertEquals(40, query("SELECT amount FROM orders_u WHERE id = 4"));
  }

  @Test
  void aMissingTableIsAnEnvironmentErrorBeforeAnyDataIsRead() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    List<String> args = job("no_such_table");
    args.remove("createTable=true");
    args.remove(args.lastIndexOf("--sink-option"));
    Result r = runJob(args);
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("table no_such_table does not exist in " + pg.jdbcUrl()), r.err());
    assertTrue(r.err().contains("createTable=true"), r.err());
    assertFalse(Files.exists(dir.resolve("checkpoint/offsets/0")), "no batch was planned");
  }

  @Test
  void badCredentialsAndAnUnreachableServerAreEnvironmentErrorsWithoutThePassword()
      throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 5);
    List<String> wrong = job("orders_b");
    wrong.set(wrong.indexOf("password=" + pg.password()), "password=Wrong-Pass-7");
    Result r = runJob(wrong);
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("cannot use " + pg.jdbcUrl() + " as " + pg.user()), r.err());
    assertFalse(r.err().contains("Wrong-Pass-7"), r.err());

    List<String> away = job("orders_b");
    away.set(
        away.indexOf("url=" + pg.jdbcUrl()), "url=jdbc:postgresql://127.0.0.1:1/streamjob_test");
    Result unreachable = runJob(away);
    assertEquals(3, unreachable.code(), unreachable.err());
    assertTrue(
        unreachable.err().contains("cannot use jdbc:postgresql://127.0.0.1:1/streamjob_test"),
        unreachable.err());
  }

  @Test
  void aConstraintViolationFailsAtOnceNamingTheTableAndTheSqlState() throws Exception {
    try (Connection c = pg.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE orders_c (id BIGINT, \"user\" TEXT, amount DOUBLE PRECISION"
              + " CHECK (amount < 100), ts TIMESTAMP)");
    }
    writeOrders(dir.resolve("in"), "a.json", 1, 20); // amounts 10 to 200
    long start = System.nanoTime();
    Result r =
        runJob(job("orders_c", "--sink-option", "retries=1", "--sink-option", "retryWait=2m"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(1, r.code(), r.err());
    // The old sink waited retryWait before trying again; start-up alone takes seconds here.
    assertTrue(took.compareTo(Duration.ofMinutes(2)) < 0, "not retried: took " + took);
    assertFalse(r.err().contains("trying again"), r.err());
    assertTrue(r.err().contains("table orders_c"), r.err());
    assertTrue(r.err().contains("SQLState 23514"), r.err());
    assertFalse(r.err().contains(pg.password()), r.err());
    assertEquals(0, query("SELECT count(*) FROM orders_c"));
    System.out.println("constraint violation: the job ended after " + took.toMillis() + " ms");
  }

  @Test
  void realErrorsOfTheServerAreClassified() throws Exception {
    try (Connection c = pg.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE classified (id BIGINT PRIMARY KEY)");
      s.execute("INSERT INTO classified VALUES (1)");
      SQLException duplicate =
          assertThrows(SQLException.class, () -> s.execute("INSERT INTO classified VALUES (1)"));
      assertFalse(TransientSqlErrors.isTransient(duplicate), duplicate.getSQLState());
      SQLException syntax = assertThrows(SQLException.class, () -> s.execute("INSERTT 1"));
      assertFalse(TransientSqlErrors.isTransient(syntax), syntax.getSQLState());
    }
    JdbcTarget away =
        JdbcTarget.of(
            java.util.Map.of("url", "jdbc:postgresql://127.0.0.1:1/streamjob_test", "table", "t"));
    SQLException refused = assertThrows(SQLException.class, away::connect);
    assertTrue(TransientSqlErrors.isTransient(refused), refused.getSQLState());
  }

  @Test
  void theDatabaseGoingAwayDuringARunIsRiddenOutByRetries() throws Exception {
    for (int f = 0; f < 20; f++) {
      writeOrders(dir.resolve("in"), "o-" + f + ".json", f * 10 + 1, f * 10 + 10);
    }
    List<String> args =
        job(
            "orders_r",
            "--sink-option",
            "retries=100",
            "--sink-option",
            "retryWait=300ms",
            "--query-name",
            "jdbc_retry");
    args.set(args.indexOf("available-now"), "processing-time=300ms");
    CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> runJob(args));
    long deadline = System.currentTimeMillis() + 60_000;
    while (query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'orders_r'")
            == 0
        || query("SELECT count(*) FROM orders_r") < 30) {
      assertTrue(System.currentTimeMillis() < deadline && !running.isDone(), "rows arrive");
      Thread.sleep(200);
    }
    assertFalse(running.isDone(), () -> "the job ended before the outage: " + running.join().err());
    pg.stop();
    Thread.sleep(3_000);
    pg.restart();
    deadline = System.currentTimeMillis() + 90_000;
    while (query("SELECT count(*) FROM orders_r") < 200) {
      assertFalse(
          running.isDone(), () -> "the job ended during the outage: " + running.join().err());
      assertTrue(System.currentTimeMillis() < deadline, "all rows arrive after the outage");
      Thread.sleep(300);
    }
    StreamingQuery q =
        java.util.Arrays.stream(SparkSession.active().streams().active())
            .filter(x -> "jdbc_retry".equals(x.name()))
            .findFirst()
            .orElseThrow();
    q.stop();
    Result r = running.get(60, TimeUnit.SECONDS);
    assertEquals(0, r.code(), r.err());
    assertEquals(200, query("SELECT count(*) FROM orders_r"));
    assertEquals(200, query("SELECT count(DISTINCT id) FROM orders_r"));
  }
}
