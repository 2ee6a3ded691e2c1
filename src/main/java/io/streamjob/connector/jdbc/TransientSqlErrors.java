package io.streamjob.connector.jdbc;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells an error that may pass if the batch is tried again (the connection was lost, the server is
 * restarting, the transaction lost a serialization conflict or a deadlock) from one that will fail
 * the same way every time (a constraint violation, a syntax error, a missing column).
 */
public final class TransientSqlErrors {
  /**
   * SQLStates worth another try besides class 08 (connection exceptions): serialization failure,
   * deadlock (PostgreSQL), too many connections, and PostgreSQL's shutdown and start-up states,
   * which a server restart shows before the connection drops.
   */
  private static final Set<String> TRANSIENT_STATES =
      Set.of("40001", "40P01", "53300", "57P01", "57P02", "57P03");

  private TransientSqlErrors() {}

  /** Whether {@code e}, or an exception it chains or wraps, is transient. */
  public static boolean isTransient(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (isTransientItself(next)) {
            return true;
          }
        }
      } else if (t instanceof IOException) {
        return true; // the driver lost its socket
      }
    }
    return false;
  }

  private static boolean isTransientItself(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLTransientException
        || e instanceof SQLRecoverableException
        || (state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state)));
  }
}
