package io.schemadiff.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void shortFormBecomesJdbcWithCredentialsAsProperties() {
    Endpoint e = Urls.parse("--from", "postgresql://app:s%40cret@db.example:5433/dev?sslmode=disable", Map.of());
    assertEquals("jdbc:postgresql://db.example:5433/dev?sslmode=disable", e.jdbcUrl());
    assertEquals("app", e.properties().getProperty("user"));
    assertEquals("s@cret", e.properties().getProperty("password"));
    assertFalse(e.display().contains("cret"));
  }

  @Test
  void mariaDbUrlsSpeakMySqlsProtocolAndNameTheirDialect() {
    Endpoint e = Urls.parse("--from", "mariadb://app:pw@db.example:3307/shop", Map.of());
    assertEquals("jdbc:mysql://db.example:3307/shop", e.jdbcUrl());
    assertEquals("mysql", e.dialect());
    assertEquals("mariadb", Urls.dialectOf("mariadb://app@h/db"));
    assertEquals("mysql", Urls.dialectOf("jdbc:mysql://h/db"));
    assertEquals("postgresql", Urls.dialectOf("postgres://h/db"));
    assertEquals("mariadb://app:***@db.example:3307/shop", e.display());
  }

  @Test
  void passwordComesFromEnvironmentWhenAbsent() {
    Endpoint e = Urls.parse("--to", "postgresql://app@localhost/prod", Map.of("PGPASSWORD", "pw"));
    assertEquals("pw", e.properties().getProperty("password"));
  }

  @Test
  void redactsPasswordsInEveryForm() {
    assertEquals("postgresql://u:***@h/db", Urls.redact("postgresql://u:pw@h/db"));
    assertEquals("jdbc:postgresql://h/db?user=u&password=***", Urls.redact("jdbc:postgresql://h/db?user=u&password=pw"));
  }

  @Test
  void rejectsAUrlWithoutHost() {
    SourceException e = assertThrows(SourceException.class, () -> Urls.parse("--from", "postgresql:///db", Map.of()));
    assertEquals(SourceException.Kind.BAD_INPUT, e.kind());
  }

  @Test
  void endpointSwapsDatabase() {
    Endpoint e = Urls.parse("--dev-url", "postgresql://u@h:5432/postgres?ssl=false", Map.of());
    assertEquals("jdbc:postgresql://h:5432/scratch?ssl=false", e.withDatabase("scratch").jdbcUrl());
  }
}
