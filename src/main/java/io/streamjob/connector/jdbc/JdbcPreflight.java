package io.streamjob.connector.jdbc;

import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.apache.spark.sql.types.StructType;

/**
 * Before any data is read: the database answers with these credentials, the table exists (or is
 * created from the stream's schema when asked), and the batch log exists. Failures are exit 3,
 * naming the URL without its password.
 */
public final class JdbcPreflight {
  private JdbcPreflight() {}

  public static void check(JdbcTarget target, StructType schema) {
    try (Connection c = target.connect()) {
      SqlDialect sql = dialect(c, target);
      if (!exists(c, target.table())) {
        if (!target.createTable()) {
          throw new EnvironmentException(
              "--sink jdbc: table "
                  + target.table()
                  + " does not exist in "
                  + target.shownUrl()
                  + "; create it, or set --sink-option createTable=true",
              null);
        }
        execute(c, sql.createTable(target.table(), schema, target.key()));
      }
      if (!exists(c, SqlDialect.BATCH_LOG)) {
        execute(c, sql.createBatchLog());
      }
    } catch (SQLException e) {
      throw new EnvironmentException(
          "--sink jdbc: cannot use "
              + target.shownUrl()
              + (target.user() == null ? "" : " as " + target.user())
              + ": "
              + Messages.rootCause(e),
          e);
    } catch (IllegalArgumentException e) {
      throw new EnvironmentException(
          "--sink jdbc: cannot create table " + target.table() + ": " + e.getMessage(), e);
    }
  }

  static SqlDialect dialect(Connection c, JdbcTarget target) throws SQLException {
    return new SqlDialect(c.getMetaData().getIdentifierQuoteString(), target.isPostgres());
  }

  /** Whether {@code table} ([schema.]name) exists; unquoted names may be stored folded. */
  static boolean exists(Connection c, String table) throws SQLException {
    String schema = table.contains(".") ? table.substring(0, table.lastIndexOf('.')) : null;
    String name = table.substring(table.lastIndexOf('.') + 1);
    DatabaseMetaData meta = c.getMetaData();
    for (String candidate :
        new String[] {name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT)}) {
      try (ResultSet rs = meta.getTables(null, schema, candidate, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void execute(Connection c, String ddl) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(ddl);
    }
  }
}
