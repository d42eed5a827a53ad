package io.schemadiff.output;

import io.schemadiff.diff.Change;
import io.schemadiff.model.ColumnRef;
import io.schemadiff.model.Definition;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.output.ChangeText.Entry;
import io.schemadiff.output.ChangeText.Field;
import io.schemadiff.output.ChangeText.Status;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Modelled objects in plain words, for every kind alike: the definition's components as
 * {@code name=value} pairs, and for a change, each component that differs as a field.
 */
final class ObjectText {
  private ObjectText() {}

  static Entry entry(Change.ObjectChange c) {
    SchemaObject o = c.object();
    ObjectRef r = o.ref();
    String object = r.table().isEmpty() ? r.name() : r.table() + "." + r.name();
    String table = r.table();
    String definition = definition(o.definition());
    return switch (c.kind()) {
      case CREATE_OBJECT -> new Entry(r.schema(), table, o.kind(), object, Status.ADDED, definition, List.of());
      case DROP_OBJECT -> new Entry(r.schema(), table, o.kind(), object, Status.DROPPED, definition, List.of());
      case ALTER_OBJECT -> new Entry(r.schema(), table, o.kind(), object, Status.CHANGED, definition,
          fields(((Change.AlterObject) c).from().definition(), o.definition()));
      default -> new Entry(r.schema(), table, o.kind(), object, Status.CHANGED, definition,
          List.of(new Field("comment", ((Change.CommentObject) c).from().comment(), o.comment())));
    };
  }

  static String definition(Definition d) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent rc : d.getClass().getRecordComponents()) {
      String v = value(d, rc);
      if (v != null) {
        parts.add(rc.getName() + "=" + v);
      }
    }
    return String.join(" ", parts);
  }

  private static List<Field> fields(Definition from, Definition to) {
    List<Field> fields = new ArrayList<>();
    for (RecordComponent rc : to.getClass().getRecordComponents()) {
      String a = value(from, rc);
      String b = value(to, rc);
      if (!Objects.equals(a, b)) {
        fields.add(new Field(rc.getName(), a, b));
      }
    }
    return fields;
  }

  private static String value(Definition d, RecordComponent rc) {
    Object v;
    try {
      v = rc.getAccessor().invoke(d);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    if (v == null) {
      return null;
    }
    if (v instanceof ColumnRef c) {
      return c.table() + "." + c.column();
    }
    if (v instanceof Collection<?> list) {
      return list.isEmpty() ? null : "(" + String.join(", ", list.stream().map(String::valueOf).toList()) + ")";
    }
    return String.valueOf(v);
  }
}
