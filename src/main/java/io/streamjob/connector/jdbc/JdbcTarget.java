package io.streamjob.connector.jdbc;

import io.streamjob.component.OptionValues;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The jdbc sink's settings, in a form the batch writer can carry. */
public record JdbcTarget(
    String url,
    String table,
    String user,
    String password,
    boolean upsert,
    List<String> key,
    int batchSize,
    boolean createTable,
    String driver,
    int retries,
    Duration retryWait)
    implements Serializable {

  /** The target the jdbc sink's options describe, defaults from its declaration. */
  public static JdbcTarget of(OptionValues options) {
    return new JdbcTarget(
        options.text("url"),
        options.text("table"),
        options.text("user"),
        options.text("password"),
        "upsert".equalsIgnoreCase(options.text("mode")),
        options.list("key"),
        options.integer("batchSize"),
        options.bool("createTable"),
        options.text("driver"),
        options.integer("retries"),
        options.duration("retryWait"));
  }

  /** The target of these jdbc sink options. */
  public static JdbcTarget of(Map<String, String> options) {
    return of(JdbcSink.spec().values(options));
  }

  public Connection connect() throws SQLException {
    if (driver != null) {
      try {
        Class.forName(driver);
      } catch (ClassNotFoundException e) {
        throw new SQLException("JDBC driver class " + driver + " is not on the classpath", e);
      }
    }
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url, properties);
  }

  /** The longest wait between two attempts, unless retryWait itself is longer. */
  static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);

  /**
   * The wait before attempt {@code attempt + 1}: retryWait, doubled after each failed attempt (a
   * restarting database needs longer than a dropped connection), at most a minute.
   */
  public Duration backoff(int attempt) {
    Duration cap = retryWait.compareTo(LONGEST_BACKOFF) > 0 ? retryWait : LONGEST_BACKOFF;
    Duration wait = retryWait.multipliedBy(1L << Math.min(attempt, 30));
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /** The URL as messages show it: without a password, should the URL carry one. */
  public String shownUrl() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1*****");
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** Never the password. */
  @Override
  public String toString() {
    return shownUrl() + " table " + table;
  }
}
