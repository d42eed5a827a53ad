package io.schemadiff.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.QName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Enumerated types, from the dialect's catalog query: schema, name, labels as a JSON array. */
final class EnumReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EnumReader() {}

  static List<EnumType> read(Connection connection, String sql, UnaryOperator<String> logical) throws SQLException {
    List<EnumType> types = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        List<String> labels = new ArrayList<>();
        try {
          for (JsonNode label : JSON.readTree(rs.getString(3))) {
            labels.add(label.asText());
          }
        } catch (JsonProcessingException e) {
          throw new SQLException("malformed enum labels of " + rs.getString(2), e);
        }
        types.add(new EnumType(new QName(logical.apply(rs.getString(1)), rs.getString(2)), labels));
      }
    }
    types.sort(Comparator.comparing(EnumType::name));
    return types;
  }
}
