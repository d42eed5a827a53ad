package io.schemadiff.diff;

import io.schemadiff.diff.ByName.Pair;
import io.schemadiff.diff.ByName.Result;
import io.schemadiff.diff.Change.AlterObject;
import io.schemadiff.diff.Change.CommentObject;
import io.schemadiff.diff.Change.CreateObject;
import io.schemadiff.diff.Change.DropObject;
import io.schemadiff.model.Definition;
import io.schemadiff.model.SchemaObject;
import java.util.List;
import java.util.Objects;

/**
 * The modelled-object part of {@link SchemaDiffer}, one rule for every kind: matched by kind and
 * name; a comment-only difference is a comment; a definition the kind can alter is altered;
 * anything else is dropped and created again.
 */
final class ObjectDiff {
  private ObjectDiff() {}

  static void diff(List<SchemaObject> from, List<SchemaObject> to, List<Change> changes) {
    Result<SchemaObject> objects = ByName.compare(from, to, SchemaObject::ref, ObjectDiff::same);
    objects.added().forEach(o -> create(o, changes));
    objects.removed().forEach(o -> drop(o, changes));
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

  /** What the server records an object as depending on follows from its definition. */
  private static boolean same(SchemaObject a, SchemaObject b) {
    return a.definition().equals(b.definition()) && Objects.equals(a.comment(), b.comment());
  }

  /** Created without what must wait for its users (see {@link Definition#detached}), then completed. */
  private static void create(SchemaObject o, List<Change> changes) {
    Definition bare = o.definition().detached();
    changes.add(new CreateObject(o.withDefinition(bare)));
    if (!bare.equals(o.definition())) {
      changes.add(new AlterObject(o.withDefinition(bare), o));
    }
  }

  /** Detached first, so that what it hung on can go on its own, then dropped. */
  private static void drop(SchemaObject o, List<Change> changes) {
    Definition bare = o.definition().detached();
    if (!bare.equals(o.definition())) {
      changes.add(new AlterObject(o, o.withDefinition(bare)));
    }
    changes.add(new DropObject(o.withDefinition(bare)));
  }
}
