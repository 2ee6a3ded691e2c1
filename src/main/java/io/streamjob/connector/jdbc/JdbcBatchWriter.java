package io.streamjob.connector.jdbc;

import io.streamjob.error.Messages;
import io.streamjob.value.Durations;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one micro-batch into the table, exactly once: the rows and the batch id go into the
 * database in one transaction, and a batch whose id is already recorded for this query (Spark
 * replays the last batch after a failure) is skipped. Rows stream through the driver, one Spark
 * partition at a time, over one connection: exactly once costs the parallel write.
 */
public final class JdbcBatchWriter implements VoidFunction2<Dataset<Row>, Long>, Serializable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcBatchWriter.class);

  private final JdbcTarget target;
  private final String queryKey;

  /** {@code queryKey}: what identifies the query in the batch log (its checkpoint location). */
  public JdbcBatchWriter(JdbcTarget target, String queryKey) {
    this.target = target;
    this.queryKey = queryKey;
  }

  @Override
  public void call(Dataset<Row> batch, Long batchId) throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        write(batch, batchId);
        return;
      } catch (SQLException e) {
        if (!TransientSqlErrors.isTransient(e)) {
          throw failure(batchId, "not tried again, it would fail the same way", e);
        }
        if (attempt >= target.retries()) {
          throw failure(batchId, "after " + (attempt + 1) + " attempts", e);
        }
        Duration wait = target.backoff(attempt);
        LOG.warn(
            "batch {}: writing to {} failed ({}); trying again in {}",
            batchId,
            target,
            e.getMessage(),
            Durations.format(wait));
        Thread.sleep(wait.toMillis());
      }
    }
  }

  /**
   * The error that fails the query, naming the table and the SQLState, never the password. The
   * driver's exception is attached as suppressed, not as the cause: the one-line failure message is
   * the deepest cause's, and the driver's alone does not name the table.
   */
  private SQLException failure(long batchId, String why, SQLException e) {
    SQLException failure =
        new SQLException(
            "batch "
                + batchId
                + " could not be written to "
                + target
                + " (SQLState "
                + e.getSQLState()
                + "; "
                + why
                + "): "
                + Messages.firstLine(e.getMessage()),
            e.getSQLState());
    failure.addSuppressed(e);
    return failure;
  }

  private void write(Dataset<Row> batch, long batchId) throws SQLException {
    try (Connection c = target.connect()) {
      c.setAutoCommit(false);
      SqlDialect sql = JdbcPreflight.dialect(c, target);
      if (alreadyWritten(c, sql, batchId)) {
        LOG.info("batch {} is already in {}: skipped", batchId, target);
        c.rollback();
        return;
      }
      long rows = 0;
      try (PreparedStatement insert =
          c.prepareStatement(
              sql.insert(
                  target.table(),
                  batch.schema(),
                  target.upsert() ? target.key() : java.util.List.of()))) {
        int columns = batch.schema().fields().length;
        Iterator<Row> it = batch.toLocalIterator();
        while (it.hasNext()) {
          Row row = it.next();
          for (int i = 0; i < columns; i++) {
            insert.setObject(i + 1, row.get(i));
          }
          insert.addBatch();
          if (++rows % target.batchSize() == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement record = c.prepareStatement(sql.recordBatch())) {
        record.setString(1, queryKey);
        record.setLong(2, batchId);
        record.executeUpdate();
      }
      c.commit();
      LOG.debug("batch {}: {} rows written to {}", batchId, rows, target);
    }
  }

  private boolean alreadyWritten(Connection c, SqlDialect sql, long batchId) throws SQLException {
    try (PreparedStatement last = c.prepareStatement(sql.lastBatch())) {
      last.setString(1, queryKey);
      try (ResultSet rs = last.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        long committed = rs.getLong(1);
        return !rs.wasNull() && committed >= batchId;
      }
    }
  }
}
