package io.schemadiff.inspect;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadiff.dialect.ExpressionNormalizer;
import io.schemadiff.model.Definition;
import io.schemadiff.model.Expression;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.SchemaObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one kind of modelled object from its catalog query, for every kind alike: columns
 * {@code schema_name}, {@code table_name} (objects of a table), {@code object_name},
 * {@code comment}, then one column per component of the kind's record, in snake case
 * ({@code ownedBy} → {@code owned_by}). Text, numbers and booleans are read as such; anything
 * else (lists, nested records) arrives as JSON.
 */
final class ObjectReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ObjectReader() {}

  /** The record type of a kind's noun, e.g. {@code sequence}. */
  static Class<?> kind(String noun) {
    for (Class<?> k : Definition.kinds()) {
      if (Definition.noun(k).equals(noun)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no object kind '" + noun + "'");
  }

  static List<SchemaObject> read(Connection connection, String noun, String sql,
      Map<ObjectRef, List<ObjectRef>> requires, ExpressionNormalizer expressions) throws SQLException {
    Class<?> type = kind(noun);
    RecordComponent[] components = type.getRecordComponents();
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor(
          java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    List<SchemaObject> objects = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      boolean ofTable = hasColumn(rs, "table_name");
      while (rs.next()) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          args[i] = value(rs, components[i]);
          if (components[i].isAnnotationPresent(Expression.class)) {
            args[i] = normalized(args[i], expressions);
          }
        }
        Definition d;
        try {
          d = (Definition) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
          throw new SQLException("cannot read " + noun + " " + rs.getString("object_name"), e);
        }
        ObjectRef ref = new ObjectRef(noun, rs.getString("schema_name"), ofTable ? rs.getString("table_name") : "",
            rs.getString("object_name"), "");
        objects.add(new SchemaObject(ref, d, rs.getString("comment"), requires.getOrDefault(ref, List.of())));
      }
    }
    return objects;
  }

  private static Object value(ResultSet rs, RecordComponent rc) throws SQLException {
    String column = rc.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    Class<?> t = rc.getType();
    if (t == long.class) {
      return rs.getLong(column);
    } else if (t == int.class) {
      return rs.getInt(column);
    } else if (t == boolean.class) {
      return rs.getBoolean(column);
    }
    String text = rs.getString(column);
    if (t == String.class || text == null) {
      return text;
    }
    try {
      JavaType javaType = JSON.getTypeFactory().constructType(rc.getGenericType());
      return JSON.readValue(text, javaType);
    } catch (java.io.IOException e) {
      throw new SQLException("malformed " + column + ": " + e.getMessage(), e);
    }
  }

  /** Deparsed text as the server settles on it: a text, or each text of a list or map. */
  @SuppressWarnings("unchecked")
  private static Object normalized(Object value, ExpressionNormalizer expressions) {
    if (value instanceof String text) {
      return expressions.normalize(text);
    } else if (value instanceof List<?> list) {
      return list.stream().map(e -> normalized(e, expressions)).toList();
    } else if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, normalized(v, expressions)));
      return out;
    }
    return value;
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
