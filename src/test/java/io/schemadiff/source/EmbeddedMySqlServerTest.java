package io.schemadiff.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One server for the class; the last test closes it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedMySqlServerTest {
  private static EmbeddedMySqlServer server;

  @BeforeAll
  static void start() {
    server = EmbeddedMySqlServer.start(Path.of("target", "test-cache"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void createsSeparateDatabasesAndDropsThem() throws SQLException {
    Endpoint a = server.createDatabase();
    Endpoint b = server.createDatabase();
    assertEquals("mysql", a.dialect());
    assertTrue(name(a).matches("schemadiff_[0-9]{10}_[0-9a-f]{16}"), a.jdbcUrl());
    assertNotEquals(name(a), name(b));

    try (Connection c = Jdbc.open(a, false); Statement s = c.createStatement()) {
      assertEquals(name(a), scalar(s, "SELECT DATABASE()"));
      assertEquals("8.0.31", scalar(s, "SELECT VERSION()"));
      // Pinned to MySQL 8's defaults.
      assertEquals("0", scalar(s, "SELECT @@lower_case_table_names"));
      assertEquals("1", scalar(s, "SELECT @@explicit_defaults_for_timestamp"));
      assertEquals("+00:00", scalar(s, "SELECT @@time_zone"));
      s.execute("CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL,"
          + " created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
      try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE items")) {
        assertTrue(rs.next());
        String ddl = rs.getString(2);
        assertTrue(ddl.startsWith("CREATE TABLE `items`"), ddl);
        assertTrue(ddl.contains("`name` varchar(100) NOT NULL"), ddl);
        assertTrue(ddl.contains("DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci"), ddl);
      }
    }
    try (Connection c = Jdbc.open(b, false); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW TABLES")) {
      assertFalse(rs.next(), "the second database is empty");
    }

    server.dropDatabase(a);
    server.dropDatabase(b);
    try (Connection c = Jdbc.open(server.admin(), false); Statement s = c.createStatement()) {
      assertEquals("0", scalar(s, "SELECT COUNT(*) FROM information_schema.schemata"
          + " WHERE schema_name IN ('" + name(a) + "', '" + name(b) + "')"));
    }
  }

  @Test
  @Order(2)
  void refusesToDropOtherDatabases() {
    assertThrows(IllegalStateException.class,
        () -> server.dropDatabase(server.admin().withDatabase("mysql")));
  }

  @Test
  @Order(3)
  void closeStopsMysqld() {
    int port = URI.create(server.admin().jdbcUrl().substring("jdbc:".length())).getPort();
    assertTrue(accepts(port));
    server.close();
    assertFalse(accepts(port), "port " + port + " still open after close()");
    server.close(); // idempotent
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String name(Endpoint database) {
    String url = database.jdbcUrl();
    return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
  }

  private static String scalar(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }
}
