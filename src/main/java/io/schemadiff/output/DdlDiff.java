package io.schemadiff.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.schemadiff.diff.Change;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import io.schemadiff.plan.Step;
import io.schemadiff.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A unified diff of each changed object's canonical DDL (the CREATE statements schemadiff would
 * write for it), so a reviewer sees what changed inside a long view or table definition.
 */
public final class DdlDiff {
  private DdlDiff() {}

  public static String of(Schema from, Schema to, Renderer renderer) {
    Map<String, String> before = ddl(from, renderer);
    Map<String, String> after = ddl(to, renderer);
    TreeMap<String, Boolean> names = new TreeMap<>();
    before.keySet().forEach(k -> names.put(k, true));
    after.keySet().forEach(k -> names.put(k, true));
    StringBuilder out = new StringBuilder();
    for (String name : names.keySet()) {
      String a = before.getOrDefault(name, "");
      String b = after.getOrDefault(name, "");
      if (a.equals(b)) {
        continue;
      }
      List<String> left = a.isEmpty() ? List.of() : List.of(a.split("\n"));
      List<String> right = b.isEmpty() ? List.of() : List.of(b.split("\n"));
      List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
          a.isEmpty() ? "/dev/null" : "a/" + name, b.isEmpty() ? "/dev/null" : "b/" + name,
          left, DiffUtils.diff(left, right), 3);
      diff.forEach(line -> out.append(line).append('\n'));
    }
    return out.toString();
  }

  /** Object name → its DDL: a table with its indexes and foreign keys, a view, or an enum. */
  private static Map<String, String> ddl(Schema schema, Renderer renderer) {
    Map<String, String> out = new TreeMap<>();
    for (Table t : schema.tables()) {
      List<Change> parts = new ArrayList<>();
      parts.add(new Change.CreateTable(t));
      t.indexes().forEach(i -> parts.add(new Change.CreateIndex(t.name(), i)));
      t.foreignKeys().forEach(fk -> parts.add(new Change.AddForeignKey(t.name(), fk)));
      out.put(name(t.name()), render(parts, renderer));
    }
    for (io.schemadiff.model.EnumType e : schema.enums()) {
      out.put(name(e.name()), render(List.of(new Change.CreateEnum(e)), renderer));
    }
    for (View v : schema.views()) {
      out.put(name(v.name()), render(List.of(new Change.CreateView(v)), renderer));
    }
    return out;
  }

  private static String render(List<Change> parts, Renderer renderer) {
    StringBuilder sb = new StringBuilder();
    for (Change c : parts) {
      for (String statement : renderer.render(new Step(c, List.of(), c.describe()))) {
        sb.append(statement).append(";\n");
      }
    }
    return sb.toString().strip();
  }

  private static String name(QName q) {
    return q.toString();
  }
}
