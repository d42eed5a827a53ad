package io.schemadiff.plan;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.Change.AddCheck;
import io.schemadiff.diff.Change.AddColumn;
import io.schemadiff.diff.Change.AddEnumValue;
import io.schemadiff.diff.Change.CreateEnum;
import io.schemadiff.diff.Change.DropEnum;
import io.schemadiff.diff.Change.RenameColumn;
import io.schemadiff.diff.Change.RenameTable;
import io.schemadiff.diff.Change.ReplaceEnum;
import io.schemadiff.diff.Change.AddForeignKey;
import io.schemadiff.diff.Change.AddPrimaryKey;
import io.schemadiff.diff.Change.AddUnique;
import io.schemadiff.diff.Change.AlterColumn;
import io.schemadiff.diff.Change.AlterTableOptions;
import io.schemadiff.diff.Change.CreateView;
import io.schemadiff.diff.Change.DropView;
import io.schemadiff.diff.Change.CreateIndex;
import io.schemadiff.diff.Change.CreateSchema;
import io.schemadiff.diff.Change.CreateTable;
import io.schemadiff.diff.Change.DropCheck;
import io.schemadiff.diff.Change.DropColumn;
import io.schemadiff.diff.Change.DropForeignKey;
import io.schemadiff.diff.Change.DropIndex;
import io.schemadiff.diff.Change.DropPrimaryKey;
import io.schemadiff.diff.Change.DropSchema;
import io.schemadiff.diff.Change.DropTable;
import io.schemadiff.diff.Change.DropUnique;
import io.schemadiff.diff.Change.SetTableComment;
import io.schemadiff.diff.Change.AlterObject;
import io.schemadiff.diff.Change.CommentObject;
import io.schemadiff.diff.Change.CreateObject;
import io.schemadiff.diff.Change.DropObject;
import io.schemadiff.diff.Change.ObjectChange;
import io.schemadiff.diff.ColumnAspect;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Column;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.Index;
import io.schemadiff.model.PrimaryKey;
import io.schemadiff.model.QName;
import io.schemadiff.model.Table;
import io.schemadiff.model.Unique;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one change brings into being, takes away, and relies on. The planner orders by three
 * rules: a user of the new state runs after what creates it; a drop runs after whatever stopped
 * using the old thing; a create of a name runs after the drop of the same name.
 */
final class Footprint {
  final Set<Ref> creates = new HashSet<>();
  final Set<Ref> drops = new HashSet<>();
  final Set<Ref> newUses = new HashSet<>();
  final Set<Ref> oldUses = new HashSet<>();

  static Footprint of(Change change, PlanRules rules) {
    Footprint f = new Footprint();
    f.collect(change, rules);
    if (!(change instanceof RenameTable)) {
      // Every other change names its table as it is after a rename; columns order by their refs.
      f.newUses.add(renamed(change.table()));
    }
    return f;
  }

  private void collect(Change change, PlanRules rules) {
    QName t = change.table();
    if (change instanceof CreateSchema c) {
      creates.add(schema(c.name()));
    } else if (change instanceof DropSchema c) {
      drops.add(schema(c.name()));
    } else if (change instanceof RenameTable c) {
      drops.addAll(List.of(table(c.from()), relation(c.from().schema(), c.from().name())));
      creates.addAll(List.of(table(t), relation(t.schema(), t.name()), renamed(t)));
    } else if (change instanceof RenameColumn c) {
      // What still reads the old name (an expression being replaced) goes first.
      drops.add(column(t, c.from()));
      creates.add(column(t, c.to()));
      creates.add(renamed(t, c.to()));
    } else if (change instanceof Change.RenameConstraint c) {
      drops.add(constraint(t, c.from()));
      creates.add(constraint(t, c.to()));
      if (c.what().equals("primary key") || c.what().equals("unique constraint")) {
        drops.add(indexName(t, c.from(), rules)); // the index behind the key is renamed with it
        creates.add(indexName(t, c.to(), rules));
      }
    } else if (change instanceof Change.RenameIndex c) {
      drops.add(indexName(t, c.from(), rules));
      creates.add(indexName(t, c.to(), rules));
    } else if (change instanceof CreateEnum c) {
      newUses.add(schema(t.schema()));
      creates.add(type(t));
    } else if (change instanceof DropEnum c) {
      oldUses.add(schema(t.schema()));
      drops.add(type(t));
    } else if (change instanceof AddEnumValue c) {
      // Columns of the type wait for its new values (a default may name one).
      creates.add(type(t));
      creates.add(enumValue(t, c.value()));
      for (String neighbour : java.util.Arrays.asList(c.after(), c.before())) {
        if (neighbour != null) {
          newUses.add(enumValue(t, neighbour));
        }
      }
    } else if (change instanceof ReplaceEnum c) {
      // The old type goes and a new one comes; the columns converted are redefined.
      creates.add(type(t));
      drops.add(type(t));
      for (var use : c.uses()) {
        drops.add(column(use.table(), use.from().name()));
        creates.add(column(use.table(), use.to().name()));
      }
    } else if (change instanceof CreateTable c) {
      newUses.add(schema(t.schema()));
      creates.addAll(tableContents(c.definition(), rules));
      c.definition().columns().forEach(col -> typeOf(col, newUses));
      c.definition().columns().forEach(col -> identitySequence(t, col, rules, creates));
      c.definition().parents().forEach(p -> newUses.add(table(p)));
      c.definition().checks().forEach(k -> k.requires().forEach(r -> newUses.add(ref(r))));
    } else if (change instanceof DropTable c) {
      c.definition().checks().forEach(k -> k.requires().forEach(r -> oldUses.add(ref(r))));
      c.definition().parents().forEach(p -> oldUses.add(table(p)));
      oldUses.add(schema(t.schema()));
      drops.addAll(tableContents(c.definition(), rules));
      c.definition().columns().forEach(col -> typeOf(col, oldUses));
      c.definition().columns().forEach(col -> identitySequence(t, col, rules, drops));
    } else if (change instanceof CreateView c) {
      newUses.add(schema(t.schema()));
      c.view().reads().forEach(r -> newUses.add(table(r)));
      c.view().readsColumns().forEach(r -> newUses.add(column(r.table(), r.column())));
      creates.addAll(List.of(table(t), relation(t.schema(), t.name())));
    } else if (change instanceof DropView c) {
      oldUses.add(schema(t.schema()));
      c.view().reads().forEach(r -> oldUses.add(table(r)));
      c.view().readsColumns().forEach(r -> oldUses.add(column(r.table(), r.column())));
      drops.addAll(List.of(table(t), relation(t.schema(), t.name())));
    } else if (change instanceof AlterTableOptions c) {
      // Attached to (inheriting from) its new parents once they exist, detached before old ones go.
      Table.tables(c.to().get(Table.PARTITION_OF)).forEach(p -> newUses.add(table(p)));
      Table.tables(c.to().get(Table.INHERITS)).forEach(p -> newUses.add(table(p)));
      Table.tables(c.from().get(Table.PARTITION_OF)).forEach(p -> oldUses.add(table(p)));
      Table.tables(c.from().get(Table.INHERITS)).forEach(p -> oldUses.add(table(p)));
      newUses.add(table(t));
    } else if (change instanceof AddColumn c) {
      newUses.add(table(t));
      newUses.addAll(columns(t, c.column().generatedReads()));
      creates.add(column(t, c.column().name()));
      typeOf(c.column(), newUses);
      identitySequence(t, c.column(), rules, creates);
      if (rules.placesColumns()) {
        placed(t, c.column().name(), c.after());
      }
    } else if (change instanceof DropColumn c) {
      oldUses.add(table(t));
      oldUses.addAll(columns(t, c.column().generatedReads()));
      drops.add(column(t, c.column().name()));
      typeOf(c.column(), oldUses);
      identitySequence(t, c.column(), rules, drops);
    } else if (change instanceof AlterColumn c) {
      newUses.add(table(t));
      // By its name after a rename; not column(), which its own released step may redefine.
      newUses.add(renamed(t, c.to().name()));
      typeOf(c.to(), newUses);
      if (!java.util.Objects.equals(c.from().typeRef(), c.to().typeRef())
          || !c.from().requires().equals(c.to().requires())) {
        typeOf(c.from(), oldUses); // off the old type or sequence before it goes
      }
      if (rules.placesColumns() && c.aspects().contains(ColumnAspect.POSITION)) {
        placed(t, c.to().name(), c.after());
      }
      if (c.from().identity() == Column.Identity.NONE) {
        identitySequence(t, c.to(), rules, creates);
      } else if (c.to().identity() == Column.Identity.NONE) {
        identitySequence(t, c.from(), rules, drops);
      }
      if (redefinesColumn(c)) {
        // Keys, indexes and foreign keys on the column are rebuilt around a redefinition.
        drops.add(column(t, c.to().name()));
        creates.add(column(t, c.to().name()));
      }
    } else if (change instanceof SetTableComment || change instanceof Change.AlterPartitioning) {
      newUses.add(table(t));
    } else if (change instanceof Change.AlterIndex c) {
      newUses.add(indexName(t, c.name(), rules));
    } else if (change instanceof Change.SetComment c) {
      newUses.add(switch (c.on()) {
        case "index" -> indexName(t, c.name(), rules);
        case "constraint" -> constraint(t, c.name());
        case "schema" -> schema(t.schema());
        default -> table(t);
      });
    } else if (change instanceof AddPrimaryKey c) {
      newUses.addAll(columns(t, c.key().columns()));
      creates.addAll(primaryKeyRefs(t, c.key(), rules));
    } else if (change instanceof DropPrimaryKey c) {
      oldUses.addAll(columns(t, c.key().columns()));
      drops.addAll(primaryKeyRefs(t, c.key(), rules));
    } else if (change instanceof AddUnique c) {
      newUses.addAll(columns(t, c.unique().columns()));
      creates.addAll(uniqueRefs(t, c.unique()));
    } else if (change instanceof DropUnique c) {
      oldUses.addAll(columns(t, c.unique().columns()));
      drops.addAll(uniqueRefs(t, c.unique()));
    } else if (change instanceof AddCheck c) {
      newUses.addAll(columns(t, c.check().columns()));
      newUses.add(table(t));
      c.check().requires().forEach(r -> newUses.add(ref(r)));
      creates.add(constraint(t, c.check().name()));
    } else if (change instanceof DropCheck c) {
      oldUses.addAll(columns(t, c.check().columns()));
      c.check().requires().forEach(r -> oldUses.add(ref(r)));
      drops.add(constraint(t, c.check().name()));
    } else if (change instanceof AddForeignKey c) {
      newUses.addAll(foreignKeyUses(t, c.foreignKey(), rules));
      creates.add(constraint(t, c.foreignKey().name()));
    } else if (change instanceof DropForeignKey c) {
      oldUses.addAll(foreignKeyUses(t, c.foreignKey(), rules));
      drops.add(constraint(t, c.foreignKey().name()));
    } else if (change instanceof CreateIndex c) {
      newUses.add(table(t));
      newUses.addAll(columns(t, indexColumns(c.index())));
      c.index().requires().forEach(r -> newUses.add(ref(r)));
      creates.addAll(indexRefs(t, c.index(), rules));
    } else if (change instanceof DropIndex c) {
      oldUses.addAll(columns(t, indexColumns(c.index())));
      c.index().requires().forEach(r -> oldUses.add(ref(r)));
      drops.addAll(indexRefs(t, c.index(), rules));
    } else if (change instanceof ObjectChange c) {
      objectChange(c);
    }
  }

  /**
   * A modelled object is created after what it needs and claims its names; it is dropped after
   * what used it; an alteration uses the object and what its new definition needs, and releases
   * what its old one named before that goes (a sequence leaves its owner column before the drop).
   */
  private void objectChange(ObjectChange change) {
    SchemaObject o = change.object();
    if (change instanceof CreateObject) {
      newUses.add(schema(o.ref().schema()));
      o.dependencies().forEach(r -> newUses.add(ref(r)));
      creates.addAll(claimed(o));
    } else if (change instanceof DropObject) {
      oldUses.add(schema(o.ref().schema()));
      o.dependencies().forEach(r -> oldUses.add(ref(r)));
      drops.addAll(claimed(o));
    } else if (change instanceof AlterObject a) {
      newUses.add(ref(o.ref()));
      if (o.definition().equals(a.from().definition().detached())) {
        oldUses.add(ref(o.ref())); // detached before it is dropped
      }
      o.dependencies().forEach(r -> newUses.add(ref(r)));
      a.from().dependencies().forEach(r -> oldUses.add(ref(r)));
    } else if (change instanceof CommentObject) {
      newUses.add(ref(o.ref()));
    }
  }

  /** The names a modelled object takes: its own, and the relation or type name it shares. */
  private static Set<Ref> claimed(SchemaObject o) {
    Set<Ref> refs = new HashSet<>();
    ObjectRef r = o.ref();
    refs.add(ref(r));
    switch (o.definition().namespace()) {
      case RELATION -> refs.addAll(List.of(relation(r.schema(), r.name()), table(new QName(r.schema(), r.name()))));
      case TYPE -> refs.add(type(new QName(r.schema(), r.name())));
      case OWN -> { }
    }
    return refs;
  }

  /** A reference as the planner tracks it; tables, views, types and columns as their own kinds. */
  private static Ref ref(ObjectRef r) {
    return switch (r.kind()) {
      case "column" -> column(new QName(r.schema(), r.name()), r.member());
      case "table", "view" -> table(new QName(r.schema(), r.name()));
      case "type" -> type(new QName(r.schema(), r.name()));
      case "schema" -> schema(r.schema());
      default -> new Ref(Ref.Kind.OBJECT, r.schema(), r.table(), r.kind() + "\u0000" + r.name());
    };
  }

  /**
   * An identity column's sequence takes the name the server gives it, which must be free: a
   * serial's sequence of that name goes first.
   */
  private static void identitySequence(QName t, Column c, PlanRules rules, Set<Ref> refs) {
    if (c.identity() != Column.Identity.NONE && !rules.identitySequence().isEmpty()) {
      refs.add(relation(t.schema(), String.format(rules.identitySequence(), t.name(), c.name())));
    }
  }

  /** What a column's default or type needs, used as {@code uses} says (new or old state). */
  private static void requiresOf(Column column, Set<Ref> uses) {
    column.requires().forEach(r -> uses.add(ref(r)));
  }

  /**
   * A column placed after another: it goes after that one is in place, so placing columns one by
   * one in any order the planner allows ends in the target order.
   */
  private void placed(QName t, String column, String after) {
    creates.add(new Ref(Ref.Kind.POSITION, t.schema(), t.name(), column));
    if (after != null) {
      // Placed after the column's own placement, if it is added or moved too.
      newUses.add(new Ref(Ref.Kind.POSITION, t.schema(), t.name(), after));
    }
  }

  private static Set<Ref> primaryKeyRefs(QName t, PrimaryKey pk, PlanRules rules) {
    Set<Ref> refs = new HashSet<>(List.of(key(t, pk.columns()), constraint(t, pk.name()),
        indexName(t, pk.name(), rules)));
    if (rules.foreignKeysNeedIndex()) {
      refs.addAll(prefixes(t, pk.columns()));
    }
    return refs;
  }

  /** Index names live in the schema's relation namespace, or per table. */
  private static Ref indexName(QName t, String name, PlanRules rules) {
    return rules.indexNamesPerTable() ? new Ref(Ref.Kind.RELATION, t.schema(), t.name(), name)
        : relation(t.schema(), name);
  }

  /** Every leading run of the columns: an index on (a, b) serves keys on (a) and (a, b). */
  private static List<Ref> prefixes(QName t, List<String> columns) {
    List<Ref> refs = new java.util.ArrayList<>();
    for (int i = 1; i <= columns.size(); i++) {
      refs.add(prefix(t, columns.subList(0, i)));
    }
    return refs;
  }

  /** Columns, in order, that lead some index. */
  private static Ref prefix(QName t, List<String> columns) {
    return new Ref(Ref.Kind.INDEX_PREFIX, t.schema(), t.name(), String.join("\u0000", columns));
  }

  private static boolean redefinesColumn(AlterColumn c) {
    Set<ColumnAspect> structural = EnumSet.of(ColumnAspect.TYPE, ColumnAspect.COLLATION,
        ColumnAspect.NOT_NULL, ColumnAspect.GENERATED, ColumnAspect.IDENTITY);
    return c.aspects().stream().anyMatch(structural::contains);
  }

  private static Set<Ref> tableContents(Table table, PlanRules rules) {
    QName t = table.name();
    Set<Ref> refs = new HashSet<>();
    refs.add(table(t));
    refs.add(relation(t.schema(), t.name()));
    for (Column c : table.columns()) {
      refs.add(column(t, c.name()));
    }
    if (table.primaryKey() != null) {
      refs.addAll(primaryKeyRefs(t, table.primaryKey(), rules));
    }
    for (Unique u : table.uniques()) {
      refs.addAll(uniqueRefs(t, u));
    }
    table.checks().forEach(c -> refs.add(constraint(t, c.name())));
    return refs;
  }

  private static Set<Ref> uniqueRefs(QName t, Unique u) {
    return Set.of(key(t, u.columns()), constraint(t, u.name()), relation(t.schema(), u.name()));
  }

  private static Set<Ref> indexRefs(QName t, Index index, PlanRules rules) {
    Set<Ref> refs = new HashSet<>();
    refs.add(indexName(t, index.name(), rules));
    if (rules.foreignKeysNeedIndex()) {
      List<String> leading = new java.util.ArrayList<>();
      for (var k : index.keys()) {
        if (k.column() == null || k.prefixLength() != null) {
          break;
        }
        leading.add(k.column());
      }
      refs.addAll(prefixes(t, leading));
    }
    boolean plainKey = index.unique() && index.where() == null
        && index.keys().stream().allMatch(k -> k.column() != null);
    if (plainKey) {
      refs.add(key(t, index.columns()));
    }
    return refs;
  }

  private static List<String> indexColumns(Index index) {
    Set<String> all = new TreeSet<>(index.columns());
    all.addAll(index.reads());
    all.addAll(index.include());
    return List.copyOf(all);
  }

  private static Set<Ref> foreignKeyUses(QName t, ForeignKey fk, PlanRules rules) {
    Set<Ref> refs = new HashSet<>();
    if (rules.foreignKeysNeedIndex()) {
      refs.add(prefix(t, fk.columns()));
    }
    refs.add(table(t));
    refs.add(table(fk.referencedTable()));
    refs.addAll(columns(t, fk.columns()));
    refs.addAll(columns(fk.referencedTable(), fk.referencedColumns()));
    refs.add(key(fk.referencedTable(), fk.referencedColumns()));
    return refs;
  }

  /** A column of a user-defined type relies on the type, and on what its default calls. */
  private static void typeOf(Column column, Set<Ref> uses) {
    requiresOf(column, uses);
    if (column.typeRef() != null) {
      uses.add(type(column.typeRef()));
    }
  }

  private static Ref renamed(QName t) {
    return new Ref(Ref.Kind.RENAMED, t.schema(), t.name(), "");
  }

  private static Ref renamed(QName t, String column) {
    return new Ref(Ref.Kind.RENAMED, t.schema(), t.name(), column);
  }

  private static Ref type(QName name) {
    return new Ref(Ref.Kind.TYPE, name.schema(), "", name.name());
  }

  private static Ref enumValue(QName type, String value) {
    return new Ref(Ref.Kind.ENUM_VALUE, type.schema(), type.name(), value);
  }

  private static Ref schema(String name) {
    return new Ref(Ref.Kind.SCHEMA, name, "", "");
  }

  private static Ref table(QName t) {
    return new Ref(Ref.Kind.TABLE, t.schema(), t.name(), "");
  }

  private static Ref column(QName t, String column) {
    return new Ref(Ref.Kind.COLUMN, t.schema(), t.name(), column);
  }

  private static List<Ref> columns(QName t, List<String> names) {
    return names.stream().map(n -> column(t, n)).toList();
  }

  private static Ref constraint(QName t, String name) {
    return new Ref(Ref.Kind.CONSTRAINT, t.schema(), t.name(), name);
  }

  private static Ref relation(String schema, String name) {
    return new Ref(Ref.Kind.RELATION, schema, "", name);
  }

  /** Column order does not matter to uniqueness, so the key is the sorted set. */
  private static Ref key(QName t, List<String> columns) {
    return new Ref(Ref.Kind.KEY, t.schema(), t.name(), String.join("\u0000", new TreeSet<>(columns)));
  }
}
