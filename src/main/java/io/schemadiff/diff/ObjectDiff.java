package io.schemadiff.diff;

import io.schemadiff.diff.ByName.Pair;
import io.schemadiff.diff.ByName.Result;
import io.schemadiff.diff.Change.AlterObject;
import io.schemadiff.diff.Change.CommentObject;
import io.schemadiff.diff.Change.CreateObject;
import io.schemadiff.diff.Change.DropObject;
import io.schemadiff.model.Column;
import io.schemadiff.model.Definition;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.Schema;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The modelled-object part of {@link SchemaDiffer}, one rule for every kind: matched by kind and
 * name; a comment-only difference is a comment; a definition the kind can alter is altered;
 * anything else is dropped and created again. An object that goes with what it hangs on
 * ({@link SchemaObject#droppedWith}) is not dropped on its own, and is created again when that is.
 */
final class ObjectDiff {
  private ObjectDiff() {}

  static void diff(Schema from, Schema to, List<Change> changes) {
    Result<SchemaObject> objects = ByName.compare(from.objects(), to.objects(), SchemaObject::ref, ObjectDiff::same);
    Set<ObjectRef> gone = gone(from, to, objects);
    objects.added().forEach(o -> create(o, changes));
    for (SchemaObject o : objects.removed()) {
      if (o.droppedWith().stream().noneMatch(gone::contains) || heldToOthers(o)) {
        drop(o, changes);
      }
    }
    for (Pair<SchemaObject> pair : objects.changed()) {
      SchemaObject before = pair.from();
      SchemaObject after = pair.to();
      boolean sameDefinition = before.definition().equals(after.definition());
      if (sameDefinition || before.definition().alterableTo(after.definition())) {
        if (!sameDefinition) {
          changes.add(new AlterObject(before, after));
        }
        if (!Objects.equals(before.comment(), after.comment())) {
          changes.add(new CommentObject(before, after));
        }
      } else {
        drop(before, changes);
        create(after, changes);
      }
    }
  }

  /**
   * Objects that stay but go with something the plan drops and creates again (a grant on a view
   * that is re-created) are created again after it. Run once every other change is known.
   */
  static void recreateWithTheirHolders(Schema from, Schema to, List<Change> changes) {
    Set<ObjectRef> dropped = new HashSet<>();
    Set<ObjectRef> created = new HashSet<>();
    Set<ObjectRef> touched = new HashSet<>();
    for (Change c : changes) {
      if (c instanceof Change.DropView d) {
        dropped.add(ObjectRef.of("table", d.view().name().schema(), d.view().name().name()));
      } else if (c instanceof Change.CreateView v) {
        created.add(ObjectRef.of("table", v.view().name().schema(), v.view().name().name()));
      } else if (c instanceof Change.DropObject d) {
        dropped.addAll(names(d.object()));
      } else if (c instanceof Change.CreateObject v) {
        created.addAll(names(v.object()));
      }
      if (c instanceof Change.ObjectChange o) {
        touched.add(o.object().ref());
      }
    }
    dropped.retainAll(created);
    if (dropped.isEmpty()) {
      return;
    }
    Set<SchemaObject> before = new HashSet<>(from.objects());
    for (SchemaObject o : to.objects()) {
      if (before.contains(o) && !touched.contains(o.ref())
          && o.droppedWith().stream().anyMatch(dropped::contains)) {
        create(o, changes);
      }
    }
  }

  /**
   * Objects bound to what they use ({@link Definition#bindsWhatItUses}) that stay, unchanged or
   * changed in place, as they are before (key) and after (value), in a stable order.
   */
  static java.util.Map<SchemaObject, SchemaObject> keptBound(Schema from, Schema to, List<Change> changes) {
    Set<ObjectRef> recreated = new HashSet<>();
    changes.stream().filter(c -> c instanceof DropObject)
        .forEach(c -> recreated.add(((DropObject) c).object().ref()));
    java.util.Map<ObjectRef, SchemaObject> after = new java.util.HashMap<>();
    to.objects().forEach(o -> after.put(o.ref(), o));
    java.util.Map<SchemaObject, SchemaObject> bound = new java.util.LinkedHashMap<>();
    for (SchemaObject o : from.objects()) {
      SchemaObject kept = after.get(o.ref());
      if (o.definition().bindsWhatItUses() && kept != null && !recreated.contains(o.ref())) {
        bound.put(o, kept);
      }
    }
    return bound;
  }

  /** Dropped and created again instead of whatever in-place changes the diff had for it. */
  static void recreate(SchemaObject before, SchemaObject after, List<Change> changes) {
    changes.removeIf(c -> c instanceof Change.ObjectChange o && o.object().ref().equals(before.ref()));
    drop(before, changes);
    create(after, changes);
  }

  /** What the diff drops for good: tables, their columns, columns, views and objects. */
  private static Set<ObjectRef> gone(Schema from, Schema to, Result<SchemaObject> objects) {
    Set<ObjectRef> gone = new HashSet<>();
    java.util.Map<io.schemadiff.model.QName, Table> after = new java.util.HashMap<>();
    to.tables().forEach(t -> after.put(t.name(), t));
    for (Table t : from.tables()) {
      Table kept = after.get(t.name());
      if (kept == null) {
        gone.add(ObjectRef.of("table", t.name().schema(), t.name().name()));
      }
      for (Column c : t.columns()) {
        if (kept == null || kept.column(c.name()) == null) {
          gone.add(ObjectRef.column(t.name(), c.name()));
        }
      }
    }
    Set<io.schemadiff.model.QName> views = new HashSet<>();
    to.views().forEach(v -> views.add(v.name()));
    for (View v : from.views()) {
      if (!views.contains(v.name())) {
        gone.add(ObjectRef.of("table", v.name().schema(), v.name().name()));
      }
    }
    objects.removed().forEach(o -> gone.addAll(names(o)));
    return gone;
  }

  /** An object's ref, and for one named like a table (a materialized view) the table's, which grants name. */
  private static List<ObjectRef> names(SchemaObject o) {
    ObjectRef r = o.ref();
    return o.definition().namespace() == Definition.Namespace.RELATION
        ? List.of(r, ObjectRef.of("table", r.schema(), r.name())) : List.of(r);
  }

  /**
   * An object of a table that holds on to what else it uses (a trigger to its function, a policy
   * to the functions its expressions call) is dropped on its own, before its table: what it uses
   * can then go without waiting for the table, whose drop knows nothing of it.
   */
  private static boolean heldToOthers(SchemaObject o) {
    return !o.ref().table().isEmpty() && o.definition().bindsWhatItUses()
        && o.dependencies().stream().anyMatch(r -> !r.kind().equals("column") && !r.name().equals(o.ref().table()));
  }

  /** What the server records an object as depending on follows from its definition. */
  private static boolean same(SchemaObject a, SchemaObject b) {
    return a.definition().equals(b.definition()) && Objects.equals(a.comment(), b.comment());
  }

  /** Created without what must wait for its users (see {@link Definition#detached}), then completed. */
  static void create(SchemaObject o, List<Change> changes) {
    Definition bare = o.definition().detached();
    changes.add(new CreateObject(o.withDefinition(bare)));
    if (!bare.equals(o.definition())) {
      changes.add(new AlterObject(o.withDefinition(bare), o));
    }
  }

  /** Detached first, so that what it hung on can go on its own, then dropped. */
  static void drop(SchemaObject o, List<Change> changes) {
    Definition bare = o.definition().detached();
    if (!bare.equals(o.definition())) {
      changes.add(new AlterObject(o, o.withDefinition(bare)));
    }
    changes.add(new DropObject(o.withDefinition(bare)));
  }
}
