package io.schemadiff.diff;

import io.schemadiff.model.Check;
import io.schemadiff.model.Column;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks, indexes and column defaults that stay while something they call is dropped (a function
 * created again with another result, or replaced by an overload their unchanged text now binds
 * to): the server will not drop it under them, so they are dropped before and made again after.
 * Run once every other change is known.
 */
final class DroppedUnderUsers {
  private DroppedUnderUsers() {}

  /** Kinds a column default can call; a column of a dropped type is refused (its data holds it). */
  private static final Set<String> CALLED = Set.of("function", "aggregate", "procedure");

  static void rebuild(Schema from, Schema to, List<Change> changes) {
    Set<ObjectRef> dropped = dropped(changes);
    if (dropped.isEmpty()) {
      return;
    }
    Set<String> touched = new HashSet<>();
    for (Change c : changes) {
      touched.add(touchKey(c));
    }
    Map<QName, Table> before = new HashMap<>();
    from.tables().forEach(t -> before.put(t.name(), t));
    for (Table after : to.tables()) {
      Table old = before.get(after.name());
      if (old == null) {
        continue;
      }
      QName t = after.name();
      for (Check k : after.checks()) {
        Check was = check(old, k.name());
        if (was != null && uses(was.requires(), dropped) && !touched.contains(key(t, "check", k.name()))) {
          changes.add(new Change.DropCheck(t, was));
          changes.add(new Change.AddCheck(t, k));
        }
      }
      for (Index i : after.indexes()) {
        Index was = index(old, i.name());
        if (was != null && uses(was.requires(), dropped) && !touched.contains(key(t, "index", i.name()))) {
          changes.add(new Change.DropIndex(t, was));
          changes.add(new Change.CreateIndex(t, i));
        }
      }
      for (Column c : after.columns()) {
        Column was = old.column(c.name());
        if (was != null && was.defaultValue() != null && Objects.equals(was.defaultValue(), c.defaultValue())
            && was.requires().stream().anyMatch(r -> CALLED.contains(r.kind()) && dropped.contains(r))
            && !touched.contains(key(t, "column", c.name()))) {
          Column bare = new Column(was.name(), was.type(), was.notNull(), null, was.identity(), was.generated(),
              was.collation(), was.comment(), was.attributes()).withRequires(List.of());
          int position = after.columns().indexOf(c);
          String predecessor = position == 0 ? null : after.columns().get(position - 1).name();
          changes.add(new Change.AlterColumn(t, was, bare, EnumSet.of(ColumnAspect.DEFAULT), position, predecessor));
          changes.add(new Change.AlterColumn(t, bare, c, EnumSet.of(ColumnAspect.DEFAULT), position, predecessor));
        }
      }
    }
  }

  /** Objects the changes drop. */
  private static Set<ObjectRef> dropped(List<Change> changes) {
    Set<ObjectRef> dropped = new HashSet<>();
    changes.stream().filter(c -> c instanceof Change.DropObject)
        .forEach(c -> dropped.add(((Change.DropObject) c).object().ref()));
    return dropped;
  }

  private static boolean uses(List<ObjectRef> requires, Set<ObjectRef> dropped) {
    return requires.stream().anyMatch(dropped::contains);
  }

  /** The check, index or column a change already drops or redefines, so it is not rebuilt twice. */
  private static String touchKey(Change c) {
    if (c instanceof Change.DropCheck d) {
      return key(d.table(), "check", d.check().name());
    } else if (c instanceof Change.DropIndex d) {
      return key(d.table(), "index", d.index().name());
    } else if (c instanceof Change.DropColumn d) {
      return key(d.table(), "column", d.column().name());
    } else if (c instanceof Change.AlterColumn a) {
      return key(a.table(), "column", a.to().name());
    }
    return "";
  }

  private static String key(QName table, String kind, String name) {
    return table + "\u0000" + kind + "\u0000" + name;
  }

  private static Check check(Table t, String name) {
    return t.checks().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
  }

  private static Index index(Table t, String name) {
    return t.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
  }
}
