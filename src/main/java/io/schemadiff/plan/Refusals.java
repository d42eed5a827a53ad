package io.schemadiff.plan;

import io.schemadiff.diff.Change;
import io.schemadiff.model.Column;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.Schema;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * Changes the server cannot make as planned, refused before a script that fails is written: an
 * alteration the kind rules out, and an object dropped to be created again while a column or
 * object that stays still uses it (a type under a column cannot be dropped), or an object dropped
 * for good while something that stays uses it.
 */
final class Refusals {
  private Refusals() {}

  static void check(java.util.List<Change> changes, Schema before) {
    Set<ObjectRef> dropped = new HashSet<>();
    Set<ObjectRef> created = new HashSet<>();
    Set<ObjectRef> released = new HashSet<>(); // holders the plan drops or changes
    for (Change c : changes) {
      if (c instanceof Change.AlterObject a) {
        String why = a.from().definition().cannotAlterTo(a.object().definition());
        if (why != null) {
          throw new PlanException("plan: cannot " + c.describe() + ": " + why);
        }
      } else if (c instanceof Change.AlterTableOptions o && o.changed("partition-by")) {
        throw new PlanException("plan: cannot change how table " + o.table() + " is partitioned ("
            + o.from().getOrDefault("partition-by", "not partitioned") + " to "
            + o.to().getOrDefault("partition-by", "not partitioned")
            + "): PostgreSQL cannot alter it; create the new table beside it and move the rows");
      } else if (c instanceof Change.DropObject d) {
        dropped.add(d.object().ref());
        released.add(d.object().ref());
      } else if (c instanceof Change.CreateObject o) {
        created.add(o.object().ref());
      } else if (c instanceof Change.DropTable d) {
        released.add(ObjectRef.of("table", d.table().schema(), d.table().name()));
      } else if (c instanceof Change.DropColumn d) {
        released.add(ObjectRef.column(d.table(), d.column().name()));
      } else if (c instanceof Change.AlterColumn a && !a.to().requires().equals(a.from().requires())) {
        released.add(ObjectRef.column(a.table(), a.to().name()));
      }
    }
    // Dropped for good or to be created again: either way, what stays must not still use it.
    if (dropped.isEmpty()) {
      return;
    }
    for (Table t : before.tables()) {
      ObjectRef table = ObjectRef.of("table", t.name().schema(), t.name().name());
      for (Column col : t.columns()) {
        ObjectRef holder = ObjectRef.column(t.name(), col.name());
        if (!released.contains(table) && !released.contains(holder)) {
          refuseIfHeld(holder, col.requires(), dropped, created, "column " + t.name() + "." + col.name());
        }
      }
    }
    for (SchemaObject o : before.objects()) {
      // What goes with a re-created object (a grant on it) is created again with it.
      if (!released.contains(o.ref()) && o.droppedWith().stream().noneMatch(dropped::contains)) {
        refuseIfHeld(o.ref(), o.dependencies(), dropped, created, o.kind() + " " + o.ref().qname());
      }
    }
  }

  private static void refuseIfHeld(ObjectRef holder, java.util.List<ObjectRef> uses, Set<ObjectRef> dropped,
      Set<ObjectRef> created, String what) {
    for (ObjectRef r : uses) {
      if (dropped.contains(r)) {
        String verb = created.contains(r)
            ? "drop and create " + r.kind() + " " + r.qname() + " (it cannot be altered into its new definition)"
            : "drop " + r.kind() + " " + r.qname();
        throw new PlanException("plan: cannot " + verb + ": " + what + " uses it and stays;"
            + " change or drop what uses it first");
      }
    }
  }
}
