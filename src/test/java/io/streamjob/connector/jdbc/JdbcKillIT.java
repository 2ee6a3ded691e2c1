package io.streamjob.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamjob.testing.JobFixture;
import io.streamjob.testing.PostgresServer;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.Processes;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injected: kill -9 of bin/streamjob while it writes into PostgreSQL. Counted: after a
 * restart the table holds every id once (count = distinct count = ids sent).
 */
class JdbcKillIT {
  @TempDir Path dir;

  @Test
  void killMinus9MidRunThenRestartWritesEveryRecordExactlyOnce() throws Exception {
    try (PostgresServer pg = PostgresServer.start(dir.resolve("pg"))) {
      for (int f = 0; f < 40; f++) {
        JobFixture.writeOrders(dir.resolve("in"), "o-" + f + ".json", f * 25 + 1, f * 25 + 25);
      }
      String password = pg.password();
      java.util.function.Function<String, List<String>> job =
          trigger ->
              List.of(
                  "--source",
                  "json",
                  "--source-option",
                  "path=" + dir.resolve("in"),
                  "--source-option",
                  "maxFilesPerTrigger=1",
                  "--schema",
                  JobFixture.ORDERS_SCHEMA,
                  "--sink",
                  "jdbc",
                  "--sink-option",
                  "url=" + pg.jdbcUrl(),
                  "--sink-option",
                  "table=orders_killed",
                  "--sink-option",
                  "user=" + pg.user(),
                  "--sink-option",
                  "password=${PGPASSWORD_FOR_TEST}",
                  "--sink-option",
                  "createTable=true",
                  "--checkpoint",
                  dir.resolve("checkpoint").toString(),
                  "--trigger",
                  trigger,
                  "--master",
                  "local[1]");
      StreamjobProcess streamjob =
          StreamjobProcess.in(dir).withEnv("PGPASSWORD_FOR_TEST", password);
      Processes.Running running = streamjob.start(job.apply("processing-time=300ms"));
      running.awaitStderr("batch 3:", Duration.ofMinutes(2));
      running.process().destroyForcibly();
      running.process().waitFor();

      ProcessResult rest = streamjob.run(job.apply("available-now"));
      assertEquals(0, rest.exitCode(), rest.stderr());
      try (Connection c = pg.connect();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT count(*), count(DISTINCT id), sum(id) FROM orders_killed")) {
        rs.next();
        assertEquals(1000, rs.getLong(1), "rows");
        assertEquals(1000, rs.getLong(2), "distinct ids");
        assertEquals(500_500, rs.getLong(3), "the ids 1..1000");
      }
    }
  }
}
