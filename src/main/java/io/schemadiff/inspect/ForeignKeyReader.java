package io.schemadiff.inspect;

import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.QName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Foreign keys, read from the dialect's FOREIGN_KEYS catalog SQL in one query. SchemaCrawler is
 * not given them: it orders every crawled table by foreign keys with a topological sort that
 * grows faster than linearly (70% of inspection at 5000 tables), and the order is of no use here.
 */
final class ForeignKeyReader {
  private ForeignKeyReader() {}

  /** Keys of each table (named as in the model), in name order. */
  static Map<QName, List<ForeignKey>> read(Connection connection, String sql, UnaryOperator<String> logical)
      throws SQLException {
    // table → key name → rows by position
    Map<QName, Map<String, TreeMap<Integer, Row>>> rows = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      boolean hasMatch = hasColumn(rs, "SD_MATCH");
      boolean hasValid = hasColumn(rs, "SD_NOT_VALID");
      boolean hasComment = hasColumn(rs, "SD_COMMENT");
      while (rs.next()) {
        QName table = new QName(logical.apply(rs.getString("FKTABLE_SCHEM")), rs.getString("FKTABLE_NAME"));
        Row row = new Row(rs.getString("FKCOLUMN_NAME"),
            new QName(logical.apply(rs.getString("PKTABLE_SCHEM")), rs.getString("PKTABLE_NAME")),
            rs.getString("PKCOLUMN_NAME"), rs.getInt("UPDATE_RULE"), rs.getInt("DELETE_RULE"),
            rs.getInt("DEFERRABILITY"), hasMatch ? rs.getString("SD_MATCH") : null,
            hasValid && rs.getString("SD_NOT_VALID") != null, hasComment ? rs.getString("SD_COMMENT") : null);
        rows.computeIfAbsent(table, k -> new TreeMap<>())
            .computeIfAbsent(rs.getString("FK_NAME"), k -> new TreeMap<>())
            .put(rs.getInt("KEY_SEQ"), row);
      }
    }
    Map<QName, List<ForeignKey>> out = new HashMap<>();
    rows.forEach((table, keys) -> {
      List<ForeignKey> list = new ArrayList<>();
      keys.forEach((name, parts) -> {
        Row first = parts.firstEntry().getValue();
        Map<String, String> attrs = new java.util.TreeMap<>();
        if (first.match() != null) {
          attrs.put("match", first.match());
        }
        if (first.notValid()) {
          attrs.put("not-valid", "true"); // existing rows were never checked
        }
        if (first.comment() != null) {
          attrs.put("comment", first.comment());
        }
        list.add(new ForeignKey(name,
            parts.values().stream().map(Row::column).toList(),
            first.target(),
            parts.values().stream().map(Row::targetColumn).toList(),
            rule(first.deleteRule()),
            rule(first.updateRule()),
            first.deferrability() != 7,
            first.deferrability() == 5,
            attrs));
      });
      out.put(table, list);
    });
    return out;
  }

  private record Row(String column, QName target, String targetColumn, int updateRule, int deleteRule,
      int deferrability, String match, boolean notValid, String comment) {}

  /** java.sql.DatabaseMetaData rule codes; NO ACTION, the default, is null. */
  private static String rule(int code) {
    return switch (code) {
      case 0 -> "CASCADE";
      case 1 -> "RESTRICT";
      case 2 -> "SET NULL";
      case 4 -> "SET DEFAULT";
      default -> null;
    };
  }

  private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
      if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
