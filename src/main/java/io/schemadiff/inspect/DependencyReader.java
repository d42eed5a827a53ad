package io.schemadiff.inspect;

import io.schemadiff.model.ObjectRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server records each thing as depending on (PostgreSQL {@code pg_depend}), from the
 * dialect's catalog query: a dependent ({@code kind, schema_name, table_name, object_name,
 * member}) and what it requires ({@code required_kind, required_schema, required_table,
 * required_name}, and {@code required_member} for a column, where the query has it).
 */
final class DependencyReader {
  private DependencyReader() {}

  static Map<ObjectRef, List<ObjectRef>> read(Connection connection, String sql) throws SQLException {
    Map<ObjectRef, List<ObjectRef>> requires = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      boolean members = hasColumn(rs, "required_member");
      while (rs.next()) {
        ObjectRef dependent = new ObjectRef(rs.getString("kind"), rs.getString("schema_name"),
            rs.getString("table_name"), rs.getString("object_name"), rs.getString("member"));
        ObjectRef required = new ObjectRef(rs.getString("required_kind"), rs.getString("required_schema"),
            rs.getString("required_table"), rs.getString("required_name"),
            members ? rs.getString("required_member") : "");
        if (!required.equals(dependent)) {
          requires.computeIfAbsent(dependent, k -> new ArrayList<>()).add(required);
        }
      }
    }
    return requires;
  }

  private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
    var meta = rs.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (meta.getColumnLabel(i).equals(name)) {
        return true;
      }
    }
    return false;
  }
}
