package io.streamjob.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test database itself: rows survive a stop and restart, and a wrong password is refused. */
@NeedsServices
class PostgresServerTest {

  @Test
  void storesRowsKeepsThemAcrossARestartAndRefusesAWrongPassword(@TempDir Path workDir)
      throws Exception {
    int port;
    try (var server = PostgresServer.start(workDir)) {
      port = server.port();
      assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/streamjob_test", server.jdbcUrl());
      try (Connection c = server.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE orders (id INT PRIMARY KEY, item TEXT NOT NULL)");
        s.execute("INSERT INTO orders VALUES (1, 'apple'), (2, 'pear')");
        assertEquals(List.of("1:apple", "2:pear"), rows(s));
      }

      server.stop();
      assertFalse(accepts(port), "still listening after stop()");
      assertThrows(SQLException.class, server::connect);
      server.restart();
      try (Connection c = server.connect();
          Statement s = c.createStatement()) {
        assertEquals(List.of("1:apple", "2:pear"), rows(s));
      }

      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  DriverManager.getConnection(
                      server.jdbcUrl(), server.user(), "wrong-" + server.password()));
      assertEquals("28P01", refused.getSQLState(), refused.toString()); // invalid_password
    }
    assertFalse(accepts(port), "still listening after close()");
  }

  private static List<String> rows(Statement s) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery("SELECT id, item FROM orders ORDER BY id")) {
      while (r.next()) {
        rows.add(r.getInt(1) + ":" + r.getString(2));
      }
    }
    return rows;
  }

  private static boolean accepts(int port) {
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return socket.isConnected();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
