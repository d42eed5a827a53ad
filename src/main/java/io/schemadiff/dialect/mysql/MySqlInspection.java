package io.schemadiff.dialect.mysql;

import io.schemadiff.inspect.InspectHook;
import io.schemadiff.model.Function;
import io.schemadiff.model.Column;
import io.schemadiff.model.Index;
import io.schemadiff.model.Table;
import io.schemadiff.model.Procedure;
import io.schemadiff.model.Routine;
import io.schemadiff.model.Schema;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What information_schema does not say about a view: its ALGORITHM and explicit column list, and
 * its text as SHOW CREATE VIEW gives it inside the view's own database (unqualified, so it cannot
 * be confused with a table named like the database). One statement per view, only when there are
 * views. ALGORITHM=UNDEFINED, the default, is left out. Stored routines likewise, one SHOW CREATE
 * each, when there are any.
 */
public final class MySqlInspection implements InspectHook {
  private static final Pattern CREATE = Pattern.compile(
      "^CREATE ALGORITHM=(\\w+) (?:DEFINER=\\S+ )?SQL SECURITY \\w+ VIEW (?:`(?:[^`]|``)+`\\.)?`(?:[^`]|``)+` "
          + "(\\((?:`(?:[^`]|``)*`,?)+\\) )?AS (.*?)(?: WITH (?:CASCADED|LOCAL) CHECK OPTION)?$",
      Pattern.DOTALL);

  /** The definer clause of SHOW CREATE FUNCTION / PROCEDURE, which the model keeps apart. */
  private static final Pattern DEFINER = Pattern.compile(
      "^CREATE DEFINER=(?:`(?:[^`]|``)*`|[^\\s@]+)@(?:`(?:[^`]|``)*`|\\S+) ");

  @Override
  public Schema refine(Connection connection, Schema schema) throws SQLException {
    schema = routinesAsWritten(connection, schema);
    schema = tablesAsCreated(connection, schema);
    if (schema.views().isEmpty()) {
      return schema;
    }
    List<View> views = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      for (View v : schema.views()) {
        String schemaPart = v.name().schema().isEmpty() ? "" : quote(v.name().schema()) + ".";
        try (ResultSet rs = s.executeQuery("SHOW CREATE VIEW " + schemaPart + quote(v.name().name()))) {
          Matcher m = rs.next() ? CREATE.matcher(rs.getString(2)) : null;
          if (m == null || !m.matches()) {
            throw new SQLException("cannot read the definition of view " + v.name());
          }
          Map<String, String> attrs = new HashMap<>(v.attributes());
          if (!m.group(1).equals("UNDEFINED")) {
            attrs.put("algorithm", m.group(1));
          }
          if (m.group(2) != null) {
            attrs.put("column-list", m.group(2).strip());
          }
          // MariaDB qualifies a view's tables with its own database when the DEFINER is not an account here.
          String own = connection.getCatalog();
          String text = own == null || own.isEmpty() ? m.group(3) : m.group(3).replace(quote(own) + ".", "");
          views.add(new View(v.name(), text, v.reads(), v.readsColumns(), attrs));
        }
      }
    }
    return new Schema(schema.dialect(), schema.serverVersion(), schema.namespaces(), schema.tables(), views,
        schema.enums(), schema.objects(), schema.notCompared());
  }

  /**
   * A routine's parameter list is kept as it was written (quotes, spacing), and SHOW CREATE gives it
   * so: its text, with the characteristics the server spells out, is the definition compared.
   */
  private static Schema routinesAsWritten(Connection connection, Schema schema) throws SQLException {
    if (schema.objects().stream().noneMatch(o -> o.definition() instanceof Routine)) {
      return schema;
    }
    List<SchemaObject> objects = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      for (SchemaObject o : schema.objects()) {
        if (o.definition() instanceof Routine r) {
          String keyword = r.keyword();
          try (ResultSet rs = s.executeQuery("SHOW CREATE " + keyword + " " + quote(r.name()))) {
            String text = rs.next() ? rs.getString(3) : null;
            if (text == null) {
              throw new SQLException("cannot read the definition of " + r.kind() + " " + r.name());
            }
            String definition = DEFINER.matcher(text).replaceFirst("CREATE ");
            o = o.withDefinition(r instanceof Function f
                ? new Function(f.name(), f.identityArguments(), f.arguments(), f.returns(), f.atomic(), definition, f.attributes())
                : new Procedure(r.name(), r.identityArguments(), r.arguments(), r.atomic(), definition, r.attributes()));
          }
        }
        objects.add(o);
      }
    }
    return schema.withObjects(objects);
  }

  /** A FULLTEXT index's parser (ngram, mecab) is in no catalog table; SHOW CREATE TABLE has it. */
  private static final Pattern PARSER = Pattern.compile(
      "^\\s*FULLTEXT KEY `((?:[^`]|``)+)` .*? WITH PARSER `((?:[^`]|``)+)`", Pattern.MULTILINE);

  /**
   * What only SHOW CREATE TABLE tells, read once per table that has any: the parser of each
   * FULLTEXT index (attribute {@code parser}) and the table's partitioning ({@link MySqlPartitioning}).
   */
  private static Schema tablesAsCreated(Connection connection, Schema schema) throws SQLException {
    if (schema.tables().stream().noneMatch(MySqlInspection::needsCreateText)) {
      return schema;
    }
    List<Table> tables = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      for (Table t : schema.tables()) {
        if (needsCreateText(t)) {
          String text;
          try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + quote(t.name().name()))) {
            text = rs.next() ? rs.getString(2) : "";
          }
          t = withParsers(t, text);
          t = withExplicitCollations(t, text);
          if (t.attributes().containsKey(PARTITIONED)) {
            Map<String, String> a = new java.util.TreeMap<>(t.attributes());
            a.remove(PARTITIONED);
            a.putAll(MySqlPartitioning.of(text));
            t = t.withAttributes(a);
          }
        }
        tables.add(t);
      }
    }
    return new Schema(schema.dialect(), schema.serverVersion(), schema.namespaces(), tables, schema.views(),
        schema.enums(), schema.objects(), schema.notCompared(), schema.namespaceComments());
  }

  /** Catalog attribute (TABLES.sql) of a table the PARTITIONS table lists. */
  private static final String PARTITIONED = "partitioned";

  private static boolean needsCreateText(Table t) {
    return t.attributes().containsKey(PARTITIONED) || t.indexes().stream().anyMatch(i -> i.method().equals("fulltext"))
        || t.columns().stream().anyMatch(c -> c.attributes().containsKey(COLLATION_DEFAULT));
  }

  /** Column attribute (TABLE_COLUMNS.sql): the column's collation is the table's default. */
  private static final String COLLATION_DEFAULT = "collation-default";
  /** Column attribute: that collation was given for the column, not inherited from the table. */
  private static final String COLLATION_EXPLICIT = "collation-explicit";

  /**
   * A column's collation that equals the table's default was either given for it or inherited;
   * the catalog tables do not say which, SHOW CREATE TABLE does (it prints CHARACTER SET for the
   * former), and a re-dump of the migrated table must match.
   */
  private static Table withExplicitCollations(Table t, String createTable) {
    List<Column> columns = new ArrayList<>();
    boolean changed = false;
    for (Column c : t.columns()) {
      if (c.attributes().containsKey(COLLATION_DEFAULT)
          && createTable.contains("\n  " + quote(c.name()) + " " + c.type() + " CHARACTER SET ")) {
        Map<String, String> a = new java.util.TreeMap<>(c.attributes());
        a.put(COLLATION_EXPLICIT, "true");
        c = c.withAttributes(a);
        changed = true;
      }
      columns.add(c);
    }
    return changed ? t.withColumns(columns) : t;
  }

  private static Table withParsers(Table t, String createTable) {
    Map<String, String> parsers = new HashMap<>();
    Matcher m = PARSER.matcher(createTable);
    while (m.find()) {
      parsers.put(m.group(1).replace("``", "`"), m.group(2).replace("``", "`"));
    }
    if (parsers.isEmpty()) {
      return t;
    }
    List<Index> indexes = t.indexes().stream().map(i -> {
      if (!parsers.containsKey(i.name())) {
        return i;
      }
      Map<String, String> a = new java.util.TreeMap<>(i.attributes());
      a.put("parser", parsers.get(i.name()));
      return new Index(i.name(), i.unique(), i.method(), i.keys(), i.include(), i.where(), i.reads(), a);
    }).toList();
    return t.withIndexes(indexes);
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
