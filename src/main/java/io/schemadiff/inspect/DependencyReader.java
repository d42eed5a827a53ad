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
 * required_name}).
 */
final class DependencyReader {
  private DependencyReader() {}

  static Map<ObjectRef, List<ObjectRef>> read(Connection connection, String sql) throws SQLException {
    Map<ObjectRef, List<ObjectRef>> requires = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ObjectRef dependent = new ObjectRef(rs.getString("kind"), rs.getString("schema_name"),
            rs.getString("table_name"), rs.getString("object_name"), rs.getString("member"));
        ObjectRef required = new ObjectRef(rs.getString("required_kind"), rs.getString("required_schema"),
            rs.getString("required_table"), rs.getString("required_name"), "");
        if (!required.equals(dependent)) {
          requires.computeIfAbsent(dependent, k -> new ArrayList<>()).add(required);
        }
      }
    }
    return requires;
  }
}
