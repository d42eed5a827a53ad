package io.schemadiff.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MySqlFileDatabaseTest {
  static final Path FILE = Path.of("dump.sql");

  static SqlScript.Statement at(int line, String sql) {
    return new SqlScript.Statement(sql, line);
  }

  @Test
  void theFilesDatabaseBecomesTheScratchDatabase() {
    MySqlFileDatabase db = new MySqlFileDatabase("scratch_1");
    assertNull(db.statement(FILE, at(1, "DROP SCHEMA IF EXISTS shop")));
    assertEquals("ALTER DATABASE scratch_1 /*!40100 DEFAULT CHARACTER SET latin1 */",
        db.statement(FILE, at(2, "CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop` /*!40100 DEFAULT CHARACTER SET latin1 */")));
    assertNull(db.statement(FILE, at(3, "USE `shop`")));
    assertEquals("CREATE TABLE scratch_1.orders (id int, note varchar(9) DEFAULT 'shop.x', FOREIGN KEY (id)"
            + " REFERENCES scratch_1 . `customers` (id)) -- shop.y",
        db.statement(FILE, at(4, "CREATE TABLE shop.orders (id int, note varchar(9) DEFAULT 'shop.x', FOREIGN KEY (id)"
            + " REFERENCES `shop` . `customers` (id)) -- shop.y")));
    // Only in front of a name: a column called shop, or a table shop in another database, stays.
    assertEquals("SELECT t.shop, other.shop.x, shop FROM t",
        db.statement(FILE, at(5, "SELECT t.shop, other.shop.x, shop FROM t")));
    assertEquals("/*!50001 CREATE VIEW v AS SELECT * FROM scratch_1.orders */",
        db.statement(FILE, at(6, "/*!50001 CREATE VIEW v AS SELECT * FROM shop.orders */")));
  }

  @Test
  void aSourceIsOneDatabase() {
    MySqlFileDatabase db = new MySqlFileDatabase("scratch_1");
    assertNull(db.statement(FILE, at(1, "CREATE DATABASE shop")));
    SourceException e = assertThrows(SourceException.class, () -> db.statement(FILE, at(9, "use blog")));
    assertEquals("dump.sql:9: this source names database shop and then blog; a source is one database: give each"
        + " its own files", e.getMessage());
  }

  @Test
  void sourceIsRefused() {
    SourceException e = assertThrows(SourceException.class,
        () -> new MySqlFileDatabase("s").statement(FILE, at(4, "source other.sql")));
    assertTrue(e.getMessage().startsWith("dump.sql:4: source is a mysql client command"), e.getMessage());
    assertEquals(SourceException.Kind.BAD_INPUT, e.kind());
  }
}
