package io.streamjob.connector.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransientSqlErrorsTest {
  private static boolean transientState(String state) {
    return TransientSqlErrors.isTransient(new SQLException("x", state));
  }

  @Test
  void connectionLossConflictsAndRestartsAreTransient() {
    for (String state :
        new String[] {"08001", "08006", "08003", "40001", "40P01", "57P01", "57P03"}) {
      assertTrue(transientState(state), state);
    }
    assertTrue(TransientSqlErrors.isTransient(new SQLTimeoutException("slow")));
    assertTrue(TransientSqlErrors.isTransient(new SQLTransientConnectionException("gone")));
    assertTrue(
        TransientSqlErrors.isTransient(
            new SQLException("I/O error", null, new SocketException("Connection reset"))));
  }

  @Test
  void constraintSyntaxAndSchemaErrorsAreNot() {
    for (String state :
        new String[] {"23505", "23502", "23514", "42601", "42703", "42P01", "22P02", null}) {
      assertFalse(transientState(state), String.valueOf(state));
    }
  }

  @Test
  void aBatchUpdateIsJudgedByTheErrorsItChains() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", "23505", new int[0]);
    assertFalse(TransientSqlErrors.isTransient(batch));
    batch.setNextException(new SQLException("connection lost", "08006"));
    assertTrue(TransientSqlErrors.isTransient(batch));
  }

  @Test
  void theWaitDoublesUpToAMinute() {
    JdbcTarget target =
        JdbcTarget.of(Map.of("url", "jdbc:postgresql://h/db", "table", "t", "retryWait", "5s"));
    assertEquals(Duration.ofSeconds(5), target.backoff(0));
    assertEquals(Duration.ofSeconds(10), target.backoff(1));
    assertEquals(Duration.ofSeconds(40), target.backoff(3));
    assertEquals(Duration.ofMinutes(1), target.backoff(4));
    assertEquals(Duration.ofMinutes(1), target.backoff(99));
    JdbcTarget slow =
        JdbcTarget.of(Map.of("url", "jdbc:postgresql://h/db", "table", "t", "retryWait", "2m"));
    assertEquals(Duration.ofMinutes(2), slow.backoff(3));
  }
}
