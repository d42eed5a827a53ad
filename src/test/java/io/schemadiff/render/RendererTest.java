package io.schemadiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.diff.Change;
import io.schemadiff.model.QName;
import io.schemadiff.model.Table;
import io.schemadiff.plan.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererTest {
  static final Table TABLE = new Table(new QName("main", "Order"), List.of(), null, List.of(), List.of(),
      List.of(), List.of(), null, Map.of());

  @Test
  void rendersWithTheDialectsQuoting() {
    Renderer r = new Renderer(Dialect.load("incomplete"));
    assertEquals(List.of("DROP TABLE main.\"Order\""), r.render(new Step(new Change.DropTable(TABLE), List.of(), "")));
  }

  @Test
  void aMissingTemplateIsAClearErrorNamingIt() {
    Renderer r = new Renderer(Dialect.load("incomplete"));
    RenderException e = assertThrows(RenderException.class,
        () -> r.render(new Step(new Change.CreateTable(TABLE), List.of(), "")));
    assertTrue(e.getMessage().contains("templates/incomplete/create-table.ftl"), e.getMessage());
    assertTrue(e.getMessage().contains("create table main.Order"), e.getMessage());
  }

  @Test
  void quotingAndLiterals() {
    SqlHelpers sql = new SqlHelpers(Dialect.load("postgresql"));
    assertEquals("orders", sql.q("orders"));
    assertEquals("\"order\"", sql.q("order"));
    assertEquals("\"Café ☕\"", sql.q("Café ☕"));
    assertEquals("\"say \"\"hi\"\"\"", sql.q("say \"hi\""));
    assertEquals("'it''s \\ fine'", sql.lit("it's \\ fine"));
    assertEquals("NULL", sql.lit(null));
  }

  /** A line break in a name or value never reaches the script raw where the dialect can escape it. */
  @Test
  void lineBreaksAreEscaped() {
    SqlHelpers pg = new SqlHelpers(Dialect.load("postgresql"));
    assertEquals("U&\"x\\000ADROP TABLE t; --\"", pg.q("x\nDROP TABLE t; --"));
    assertEquals("U&\"a\\\\b\"\"\\000D\"", pg.q("a\\b\"\r"));
    assertEquals("E'a\\nb''\\\\\\u2028'", pg.lit("a\nb'\\\u2028"));
    SqlHelpers my = new SqlHelpers(Dialect.load("mysql"));
    assertEquals("'a\\nb\\r''\\\\\\Z'", my.lit("a\nb\r'\\\u001a"));
    assertEquals("`x\n``y`", my.q("x\n`y"));
  }
}
