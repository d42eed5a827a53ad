package io.schemadiff.dialect.mariadb;

import io.schemadiff.dialect.mysql.MySqlInspection;
import io.schemadiff.inspect.InspectHook;
import io.schemadiff.model.Check;
import io.schemadiff.model.Column;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MySQL's refinements, then what is MariaDB's own: a check written inside a column's definition
 * (every JSON column has one, {@code json_valid}) belongs to the column. MariaDB names it after
 * the column, cannot drop it by name, and drops it with any {@code MODIFY} that does not restate
 * it; so it is the column's attribute {@value #CHECK}, compared, restated and written with the
 * column, never a table constraint.
 */
public final class MariaDbInspection implements InspectHook {
  /** Column attribute: the expression of the column's own CHECK. */
  public static final String CHECK = "check";
  /** Check attribute from the catalog (SD_X_COLUMN_LEVEL): written in its column's definition. */
  private static final String COLUMN_LEVEL = "column-level";

  private final MySqlInspection mysql = new MySqlInspection();

  @Override
  public Schema refine(Connection connection, Schema schema) throws SQLException {
    schema = mysql.refine(connection, schema);
    if (schema.tables().stream().flatMap(t -> t.checks().stream()).noneMatch(k -> k.attributes().containsKey(COLUMN_LEVEL))) {
      return schema;
    }
    List<Table> tables = new ArrayList<>();
    for (Table t : schema.tables()) {
      tables.add(withColumnChecks(t));
    }
    return new Schema(schema.dialect(), schema.serverVersion(), schema.namespaces(), tables, schema.views(),
        schema.enums(), schema.objects(), schema.notCompared(), schema.namespaceComments());
  }

  private static Table withColumnChecks(Table t) {
    List<Check> tableLevel = new ArrayList<>();
    Map<String, String> byColumn = new TreeMap<>();
    for (Check k : t.checks()) {
      if (k.attributes().containsKey(COLUMN_LEVEL) && t.column(k.name()) != null) {
        byColumn.put(k.name(), k.expression());
      } else {
        tableLevel.add(k);
      }
    }
    if (byColumn.isEmpty()) {
      return t;
    }
    List<Column> columns = new ArrayList<>();
    for (Column c : t.columns()) {
      String check = byColumn.get(c.name());
      if (check != null) {
        Map<String, String> a = new TreeMap<>(c.attributes());
        a.put(CHECK, check);
        c = c.withAttributes(a);
      }
      columns.add(c);
    }
    return t.withColumns(columns).withChecks(tableLevel);
  }
}
