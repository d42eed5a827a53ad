package io.schemadiff.diff;

import io.schemadiff.diff.ByName.Pair;
import io.schemadiff.diff.ByName.Result;
import io.schemadiff.diff.Change.ReplaceEnum;
import io.schemadiff.diff.Change.AddForeignKey;
import io.schemadiff.diff.Change.CreateView;
import io.schemadiff.diff.Change.DropView;
import io.schemadiff.diff.Change.CreateIndex;
import io.schemadiff.diff.Change.CreateSchema;
import io.schemadiff.diff.Change.CreateTable;
import io.schemadiff.diff.Change.DropForeignKey;
import io.schemadiff.diff.Change.DropIndex;
import io.schemadiff.diff.Change.DropPrimaryKey;
import io.schemadiff.diff.Change.DropSchema;
import io.schemadiff.diff.Change.DropTable;
import io.schemadiff.diff.Change.DropUnique;
import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnRef;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Model × model → changes. Knows no dialect: type equivalences and what cannot change in place
 * arrive as {@link DiffRules}. Order is not decided here; that is the planner's job.
 */
public final class SchemaDiffer {
  private final DiffRules rules;

  public SchemaDiffer(DiffRules rules) {
    this.rules = rules;
  }

  public List<Change> diff(Schema from, Schema to) {
    return diff(from, to, Renames.none());
  }

  /** The changes from {@code from} to {@code to}, given the renames the user said. */
  public List<Change> diff(Schema original, Schema to, Renames renames) {
    List<Change> changes = new ArrayList<>(renames.changes());
    Schema from = renames.apply(original);
    Result<String> namespaces = ByName.compare(from.namespaces(), to.namespaces(), Function.identity());
    namespaces.added().forEach(n -> changes.add(new CreateSchema(n)));
    namespaces.removed().forEach(n -> changes.add(new DropSchema(n)));
    for (String n : to.namespaces()) {
      String before = from.namespaces().contains(n) ? from.namespaceComments().get(n) : null;
      String after = to.namespaceComments().get(n);
      if (!Objects.equals(before, after)) {
        changes.add(new Change.SetComment(new QName(n, ""), "schema", "", before, after));
      }
    }

    EnumDiff.diff(from, to, changes);
    ObjectDiff.diff(from, to, changes);
    Result<Table> tables = ByName.compare(from.tables(), to.tables(), Table::name, this::sameTable);
    for (Table t : tables.added()) {
      changes.add(new CreateTable(t));
      t.indexes().forEach(i -> changes.add(new CreateIndex(t.name(), i)));
      t.foreignKeys().forEach(fk -> changes.add(new AddForeignKey(t.name(), fk)));
    }
    Set<QName> dropped = new HashSet<>();
    tables.removed().forEach(t -> dropped.add(t.name()));
    for (Table t : tables.removed()) {
      changes.add(new DropTable(t));
      // Foreign keys between dropped tables go first, so cycles among them can be dropped.
      t.foreignKeys().stream()
          .filter(fk -> dropped.contains(fk.referencedTable()))
          .forEach(fk -> changes.add(new DropForeignKey(t.name(), fk)));
    }
    // What happens to the columns of each table on both sides, worked out once for every use.
    Map<QName, ColumnFate> fates = new HashMap<>();
    for (Pair<Table> pair : tables.changed()) {
      Set<String> retyped = retypedColumns(pair.from(), pair.to());
      ColumnFate fate = new ColumnFate(retyped, recreatedColumns(pair.from(), pair.to(), retyped));
      fates.put(pair.to().name(), fate);
      new TableDiff(rules, this::canonical, pair.from(), pair.to(), fate.recreated(), changes).run();
    }
    rebuildForeignKeysOnReplacedKeys(from, to, tables, fates, changes);
    views(from, to, tables, fates, changes);
    DroppedUnderUsers.rebuild(from, to, changes);
    ObjectDiff.recreateWithTheirHolders(from, to, changes);
    return changes;
  }

  /** Columns of a table on both sides whose type or collation changes, and those dropped and added. */
  private record ColumnFate(Set<String> retyped, Set<String> recreated) {}

  /**
   * A view whose definition or options differ is dropped and created again. Where views bind
   * what they read, so is an unchanged view that reads a column being dropped or redefined, or a
   * view being dropped or recreated (and, in turn, the views reading it). Modelled objects bound
   * to what they use ({@link io.schemadiff.model.Definition#bindsWhatItUses}, a materialized
   * view, a policy) follow the same rule, whatever the dialect says of views; one that was to
   * change in place is dropped and created instead.
   */
  private void views(Schema from, Schema to, Result<Table> tables, Map<QName, ColumnFate> fates,
      List<Change> changes) {
    Result<View> views = ByName.compare(from.views(), to.views(), View::name,
        (a, b) -> uncommented(a).equals(uncommented(b)));
    views.added().forEach(v -> changes.add(new CreateView(v)));
    views.removed().forEach(v -> changes.add(new DropView(v)));
    for (Pair<View> pair : views.changed()) {
      changes.add(new DropView(pair.from()));
      changes.add(new CreateView(pair.to()));
    }
    // A comment alone is set on the view, which stays (unless what it reads makes it go, below).
    Map<QName, View> after = new HashMap<>();
    to.views().forEach(v -> after.put(v.name(), v));
    for (View v : from.views()) {
      View kept = after.get(v.name());
      if (kept != null && !kept.equals(v) && uncommented(kept).equals(uncommented(v))) {
        changes.add(new Change.SetComment(v.name(), "view", "", v.attributes().get("comment"),
            kept.attributes().get("comment")));
      }
    }
    boolean viewsBind = rules.viewsBindColumns() && !from.views().isEmpty();
    Map<SchemaObject, SchemaObject> boundObjects = ObjectDiff.keptBound(from, to, changes);
    if (!viewsBind && boundObjects.isEmpty()) {
      return;
    }
    Set<ColumnRef> loosened = new HashSet<>();
    for (Pair<Table> pair : tables.changed()) {
      ColumnFate fate = fates.get(pair.to().name());
      Set<String> names = new HashSet<>(fate.retyped());
      names.addAll(fate.recreated());
      pair.from().columns().stream().filter(c -> pair.to().column(c.name()) == null)
          .forEach(c -> names.add(c.name()));
      names.forEach(n -> loosened.add(new ColumnRef(pair.from().name(), n)));
    }
    Set<QName> gone = new HashSet<>();
    Set<ObjectRef> goneObjects = new HashSet<>();
    for (Change c : changes) {
      if (c instanceof ReplaceEnum r) {
        r.uses().forEach(u -> loosened.add(new ColumnRef(u.table(), u.from().name())));
      } else if (c instanceof DropTable d) {
        gone.add(d.definition().name());
      } else if (c instanceof Change.DropObject d) {
        goneObjects.add(d.object().ref());
        gone.add(d.object().ref().qname());
      }
    }
    views.removed().forEach(v -> gone.add(v.name()));
    views.changed().forEach(p -> gone.add(p.from().name()));
    Set<View> kept = new java.util.LinkedHashSet<>();
    if (viewsBind) {
      kept.addAll(from.views());
      kept.removeAll(views.removed());
      views.changed().forEach(p -> kept.remove(p.from()));
    }
    // Each pass recreates what reads what is going; their own readers follow next pass.
    boolean more = true;
    while (more) {
      more = false;
      for (java.util.Iterator<View> it = kept.iterator(); it.hasNext(); ) {
        View v = it.next();
        if (v.readsColumns().stream().anyMatch(loosened::contains) || v.reads().stream().anyMatch(gone::contains)) {
          it.remove();
          gone.add(v.name());
          // Created as the target has it, with its comment.
          changes.removeIf(c -> c instanceof Change.SetComment sc && sc.on().equals("view") && sc.table().equals(v.name()));
          changes.add(new DropView(v));
          changes.add(new CreateView(after.getOrDefault(v.name(), v)));
          more = true;
        }
      }
      for (var it = boundObjects.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        SchemaObject o = e.getKey();
        if (o.dependencies().stream().anyMatch(r -> goneObjects.contains(r) || switch (r.kind()) {
          case "column" -> loosened.contains(new ColumnRef(new QName(r.schema(), r.name()), r.member()));
          case "table", "view", "materialized view" -> gone.contains(new QName(r.schema(), r.name()));
          default -> false;
        })) {
          it.remove();
          gone.add(o.ref().qname());
          goneObjects.add(o.ref());
          ObjectDiff.recreate(o, e.getValue(), changes);
          more = true;
        }
      }
    }
  }

  private static View uncommented(View v) {
    Map<String, String> attributes = new HashMap<>(v.attributes());
    attributes.remove("comment");
    return new View(v.name(), v.definition(), v.reads(), v.readsColumns(), attributes);
  }

  private boolean sameTable(Table a, Table b) {
    return canonical(a).equals(canonical(b));
  }

  private Table canonical(Table t) {
    List<Column> columns = t.columns().stream().map(this::canonical).toList();
    return t.withColumns(columns);
  }

  Column canonical(Column c) {
    return new Column(c.name(), rules.canonicalType(c.type()), c.notNull(), c.defaultValue(),
        c.identity(), c.generated(), c.collation(), c.comment(), c.attributes());
  }

  /**
   * Columns present on both sides that must be dropped and added: those whose change the dialect
   * cannot make in place, and generated columns reading a column whose type changes (no server
   * retypes a column under a generated expression that reads it).
   */
  private Set<String> recreatedColumns(Table from, Table to, Set<String> retyped) {
    Set<String> names = new HashSet<>();
    for (Column before : from.columns()) {
      Column after = to.column(before.name());
      if (after == null) {
        continue;
      }
      String transition = generatedTransition(before, after);
      if (transition != null && rules.recreateColumnOn().contains(transition)) {
        names.add(before.name());
      }
    }
    for (Column before : from.columns()) {
      Column after = to.column(before.name());
      if (after != null && after.generated() != null && before.generated() != null
          && before.generatedReads().stream().anyMatch(c -> retyped.contains(c) || names.contains(c))) {
        names.add(before.name());
      }
    }
    return names;
  }

  private static String generatedTransition(Column before, Column after) {
    boolean sameKind = Objects.equals(before.attributes().get("generated-kind"),
        after.attributes().get("generated-kind"));
    if (Objects.equals(before.generated(), after.generated()) && sameKind) {
      return null;
    }
    if (before.generated() == null) {
      return "generated-added";
    }
    if (after.generated() == null) {
      return "generated-removed";
    }
    return sameKind ? "generated-changed" : "generated-kind-changed";
  }

  /**
   * A foreign key rests on a unique key of the columns it references, and on those columns. When
   * that key is dropped (replaced, or taken by a recreated column), an otherwise unchanged foreign
   * key must be dropped before and added again after, or the drop fails.
   */
  private void rebuildForeignKeysOnReplacedKeys(
      Schema from, Schema to, Result<Table> tables, Map<QName, ColumnFate> fates, List<Change> changes) {
    Set<String> released = new HashSet<>();
    for (Pair<Table> pair : tables.changed()) {
      ColumnFate fate = fates.get(pair.to().name());
      for (String column : fate.recreated()) {
        released.add(pair.to().name() + "\u0000" + column);
      }
      if (rules.foreignKeysBlockRetype()) {
        for (String column : fate.retyped()) {
          released.add(pair.to().name() + "\u0000" + column);
        }
      }
    }
    for (Change c : changes) {
      List<String> key = droppedKey(c);
      if (key != null) {
        released.add(c.table() + "\u0001" + String.join("\u0000", new java.util.TreeSet<>(key)));
      }
    }
    if (released.isEmpty()) {
      return;
    }
    Set<Change> already = new HashSet<>(changes);
    Map<QName, Table> before = new HashMap<>();
    from.tables().forEach(t -> before.put(t.name(), t));
    for (Table t : to.tables()) {
      Table old = before.get(t.name());
      if (old == null) {
        continue;
      }
      for (ForeignKey fk : t.foreignKeys()) {
        String target = fk.referencedTable().toString();
        boolean columnGone = fk.referencedColumns().stream()
            .anyMatch(c -> released.contains(target + "\u0000" + c))
            || (rules.foreignKeysBlockRetype() && fk.columns().stream()
                .anyMatch(c -> released.contains(t.name() + "\u0000" + c)));
        boolean keyGone = released.contains(target + "\u0001"
            + String.join("\u0000", new java.util.TreeSet<>(fk.referencedColumns())));
        if ((columnGone || keyGone) && old.foreignKeys().contains(fk)) {
          Change drop = new DropForeignKey(t.name(), fk);
          Change add = new AddForeignKey(t.name(), fk);
          if (already.add(drop)) {
            changes.add(drop);
          }
          if (already.add(add)) {
            changes.add(add);
          }
        }
      }
    }
  }

  /** Columns on both sides whose type or collation changes. */
  private Set<String> retypedColumns(Table from, Table to) {
    Set<String> names = new HashSet<>();
    for (Column before : from.columns()) {
      Column after = to.column(before.name());
      if (after != null && (!Objects.equals(rules.canonicalType(before.type()), rules.canonicalType(after.type()))
          || !Objects.equals(before.collation(), after.collation()))) {
        names.add(before.name());
      }
    }
    return names;
  }

  /** The columns of a unique key that a change drops, or null. */
  private static List<String> droppedKey(Change c) {
    if (c instanceof DropPrimaryKey d) {
      return d.key().columns();
    }
    if (c instanceof DropUnique d) {
      return d.unique().columns();
    }
    if (c instanceof DropIndex d && d.index().unique() && d.index().where() == null
        && d.index().keys().stream().allMatch(k -> k.column() != null)) {
      return d.index().columns();
    }
    return null;
  }

}
