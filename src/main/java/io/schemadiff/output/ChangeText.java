package io.schemadiff.output;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.Change.AddCheck;
import io.schemadiff.diff.Change.AddColumn;
import io.schemadiff.diff.Change.AddEnumValue;
import io.schemadiff.diff.Change.CreateEnum;
import io.schemadiff.diff.Change.DropEnum;
import io.schemadiff.diff.Change.ReplaceEnum;
import io.schemadiff.diff.Change.AddForeignKey;
import io.schemadiff.diff.Change.AddPrimaryKey;
import io.schemadiff.diff.Change.AddUnique;
import io.schemadiff.diff.Change.AlterColumn;
import io.schemadiff.diff.Change.AlterTableOptions;
import io.schemadiff.diff.Change.CreateIndex;
import io.schemadiff.diff.Change.CreateSchema;
import io.schemadiff.diff.Change.CreateTable;
import io.schemadiff.diff.Change.CreateView;
import io.schemadiff.diff.Change.DropCheck;
import io.schemadiff.diff.Change.DropColumn;
import io.schemadiff.diff.Change.DropForeignKey;
import io.schemadiff.diff.Change.DropIndex;
import io.schemadiff.diff.Change.DropPrimaryKey;
import io.schemadiff.diff.Change.DropSchema;
import io.schemadiff.diff.Change.DropTable;
import io.schemadiff.diff.Change.DropUnique;
import io.schemadiff.diff.Change.DropView;
import io.schemadiff.diff.Change.SetTableComment;
import io.schemadiff.diff.ColumnAspect;
import io.schemadiff.model.Attributes;
import io.schemadiff.model.Column;
import io.schemadiff.model.Table;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.Index;
import io.schemadiff.model.IndexKey;
import io.schemadiff.model.QName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Changes in plain words, object by object: what was added, dropped or changed, and for a change
 * each field's old and new value. A drop and add of the same object (how some changes are made)
 * reads as one change. Shared by drift reports and release notes.
 */
public final class ChangeText {
  public enum Status { ADDED, DROPPED, CHANGED }

  /** One field that differs: {@code from} and {@code to} are display text, null when absent. */
  public record Field(String name, String from, String to) {}

  /**
   * One object's difference. {@code table} is the table or view it belongs to ("" for a schema),
   * {@code object} its display name ({@code orders.total}), {@code kind} a noun ({@code column}).
   */
  public record Entry(String schema, String table, String kind, String object, Status status,
      String definition, List<Field> fields) {}

  private ChangeText() {}

  public static List<Entry> entries(List<Change> changes) {
    Map<String, Entry> byObject = new LinkedHashMap<>();
    for (Change c : changes) {
      Entry e = entry(c);
      if (e == null) {
        continue;
      }
      String key = e.kind() + "\u0000" + e.schema() + "\u0000" + e.object();
      Entry seen = byObject.get(key);
      if (seen != null && seen.status() != Status.CHANGED && e.status() == Status.CHANGED) {
        // An object created bare and completed (or detached and dropped) is one addition or drop.
        if (seen.status() == Status.ADDED) {
          byObject.put(key, new Entry(e.schema(), e.table(), e.kind(), e.object(), Status.ADDED, e.definition(), List.of()));
        }
      } else if (seen != null && seen.status() == Status.CHANGED && e.status() == Status.DROPPED) {
        byObject.put(key, new Entry(e.schema(), e.table(), e.kind(), e.object(), Status.DROPPED, seen.definition(), List.of()));
      } else if (seen != null && seen.status() != e.status() && seen.status() != Status.CHANGED) {
        Entry dropped = seen.status() == Status.DROPPED ? seen : e;
        Entry added = seen.status() == Status.ADDED ? seen : e;
        if (Objects.equals(dropped.definition(), added.definition())) {
          byObject.remove(key); // re-created around another change: not a change of its own
        } else {
          byObject.put(key, new Entry(e.schema(), e.table(), e.kind(), e.object(), Status.CHANGED, added.definition(),
              List.of(new Field("definition", dropped.definition(), added.definition()))));
        }
      } else if (seen != null && seen.status() == Status.CHANGED && e.status() == Status.CHANGED) {
        List<Field> fields = new ArrayList<>(seen.fields());
        e.fields().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        byObject.put(key, new Entry(e.schema(), e.table(), e.kind(), e.object(), Status.CHANGED, e.definition(), fields));
      } else if (seen == null) {
        byObject.put(key, e);
      }
    }
    List<Entry> out = new ArrayList<>(byObject.values());
    out.sort(java.util.Comparator.comparing(Entry::schema).thenComparing(Entry::table)
        .thenComparingInt(ChangeText::rank).thenComparing(Entry::kind).thenComparing(Entry::object));
    return out;
  }

  /** Within a table: the table itself, its columns, then keys, constraints and indexes. */
  private static final List<String> KIND_ORDER = List.of("schema", "enum", "table", "view", "column", "primary key",
      "unique constraint", "foreign key", "check", "index");

  /** Modelled objects (sequences, functions…) come after the kinds of a table. */
  private static int rank(Entry e) {
    int i = KIND_ORDER.indexOf(e.kind());
    return i < 0 ? KIND_ORDER.size() : i;
  }

  /** Text for one line of a report: a pretty-printed definition (a PostgreSQL view) is folded. */
  static String oneLine(String v) {
    return v == null ? null : v.strip().replaceAll("\\s+", " ");
  }

  /** How many entries have the status. */
  public static long count(List<Entry> entries, Status status) {
    return entries.stream().filter(e -> e.status() == status).count();
  }

  private static Entry entry(Change c) {
    QName t = c.table();
    String on = t.name() + ".";
    if (c instanceof CreateSchema s) {
      return new Entry(s.name(), "", "schema", s.name(), Status.ADDED, null, List.of());
    } else if (c instanceof DropSchema s) {
      return new Entry(s.name(), "", "schema", s.name(), Status.DROPPED, null, List.of());
    } else if (c instanceof Change.RenameTable x) {
      return renamed(t, "table", t.name(), x.from().name(), x.to().name());
    } else if (c instanceof Change.RenameColumn x) {
      return renamed(t, "column", on + x.to(), x.from(), x.to());
    } else if (c instanceof Change.RenameConstraint x) {
      return renamed(t, x.what(), on + x.to(), x.from(), x.to());
    } else if (c instanceof Change.RenameIndex x) {
      return renamed(t, "index", on + x.to(), x.from(), x.to());
    } else if (c instanceof CreateEnum x) {
      return of(t, "enum", t.name(), Status.ADDED, values(x.type()));
    } else if (c instanceof DropEnum x) {
      return of(t, "enum", t.name(), Status.DROPPED, values(x.type()));
    } else if (c instanceof AddEnumValue x) {
      return enumValues(t, x.from(), x.to());
    } else if (c instanceof ReplaceEnum x) {
      return enumValues(t, x.from(), x.to());
    } else if (c instanceof CreateTable x) {
      return of(t, "table", t.name(), Status.ADDED, columns(x.definition().columns().size()));
    } else if (c instanceof DropTable x) {
      return of(t, "table", t.name(), Status.DROPPED, columns(x.definition().columns().size()));
    } else if (c instanceof CreateView x) {
      return of(t, "view", t.name(), Status.ADDED, x.view().definition() + options(x.view().attributes()));
    } else if (c instanceof DropView x) {
      return of(t, "view", t.name(), Status.DROPPED, x.view().definition() + options(x.view().attributes()));
    } else if (c instanceof AddColumn x) {
      return of(t, "column", on + x.column().name(), Status.ADDED, column(x.column()));
    } else if (c instanceof DropColumn x) {
      return of(t, "column", on + x.column().name(), Status.DROPPED, column(x.column()));
    } else if (c instanceof AlterColumn x) {
      return new Entry(t.schema(), t.name(), "column", on + x.to().name(), Status.CHANGED, column(x.to()), fields(x));
    } else if (c instanceof SetTableComment x) {
      return new Entry(t.schema(), t.name(), "table", t.name(), Status.CHANGED, null,
          List.of(new Field("comment", x.from(), x.to())));
    } else if (c instanceof Change.AlterIndex x) {
      return new Entry(t.schema(), t.name(), "index", on + x.name(), Status.CHANGED, null, changed(x.from(), x.to()));
    } else if (c instanceof Change.SetComment x && x.on().equals("schema")) {
      return new Entry(t.schema(), "", "schema", t.schema(), Status.CHANGED, null,
          List.of(new Field("comment", x.from(), x.to())));
    } else if (c instanceof Change.SetComment x) {
      return new Entry(t.schema(), t.name(), x.on(), x.name().isEmpty() ? t.name() : on + x.name(), Status.CHANGED,
          null, List.of(new Field("comment", x.from(), x.to())));
    } else if (c instanceof Change.AlterPartitioning x) {
      return new Entry(t.schema(), t.name(), "table", t.name(), Status.CHANGED, null, partitioning(x));
    } else if (c instanceof AlterTableOptions x) {
      return new Entry(t.schema(), t.name(), "table", t.name(), Status.CHANGED, null, changed(x.from(), x.to()));
    } else if (c instanceof AddPrimaryKey x) {
      return of(t, "primary key", on + x.key().name(), Status.ADDED, "(" + String.join(", ", x.key().columns()) + ")");
    } else if (c instanceof DropPrimaryKey x) {
      return of(t, "primary key", on + x.key().name(), Status.DROPPED, "(" + String.join(", ", x.key().columns()) + ")");
    } else if (c instanceof AddUnique x) {
      return of(t, "unique constraint", on + x.unique().name(), Status.ADDED, "(" + String.join(", ", x.unique().columns()) + ")");
    } else if (c instanceof DropUnique x) {
      return of(t, "unique constraint", on + x.unique().name(), Status.DROPPED, "(" + String.join(", ", x.unique().columns()) + ")");
    } else if (c instanceof AddCheck x) {
      return of(t, "check", on + x.check().name(), Status.ADDED, x.check().expression() + flags(x.check().attributes()));
    } else if (c instanceof DropCheck x) {
      return of(t, "check", on + x.check().name(), Status.DROPPED, x.check().expression() + flags(x.check().attributes()));
    } else if (c instanceof AddForeignKey x) {
      return of(t, "foreign key", on + x.foreignKey().name(), Status.ADDED, foreignKey(x.foreignKey()));
    } else if (c instanceof DropForeignKey x) {
      return of(t, "foreign key", on + x.foreignKey().name(), Status.DROPPED, foreignKey(x.foreignKey()));
    } else if (c instanceof CreateIndex x) {
      return of(t, "index", on + x.index().name(), Status.ADDED, index(x.index()));
    } else if (c instanceof DropIndex x) {
      return of(t, "index", on + x.index().name(), Status.DROPPED, index(x.index()));
    } else if (c instanceof Change.ObjectChange x) {
      return ObjectText.entry(x);
    }
    return null;
  }

  private static String columns(int n) {
    return n + (n == 1 ? " column" : " columns");
  }

  static Entry of(QName t, String kind, String object, Status status, String definition) {
    return new Entry(t.schema(), t.name(), kind, object, status, definition, List.of());
  }

  private static List<Field> fields(AlterColumn x) {
    Column a = x.from();
    Column b = x.to();
    List<Field> f = new ArrayList<>();
    for (ColumnAspect aspect : new TreeSet<>(x.aspects())) {
      switch (aspect) {
        case TYPE -> f.add(new Field("type", a.type(), b.type()));
        case COLLATION -> f.add(new Field("collation", a.collation(), b.collation()));
        case NOT_NULL -> f.add(new Field("null", a.notNull() ? "NOT NULL" : "NULL", b.notNull() ? "NOT NULL" : "NULL"));
        case DEFAULT -> f.add(new Field("default", a.defaultValue(), b.defaultValue()));
        case IDENTITY -> f.add(new Field("identity", a.identity().name(), b.identity().name()));
        case GENERATED -> f.add(new Field("generated", a.generated(), b.generated()));
        case COMMENT -> f.add(new Field("comment", a.comment(), b.comment()));
        case POSITION -> f.add(new Field("position", null, x.after() == null ? "first" : "after " + x.after()));
        case EXTRAS -> f.addAll(changed(
            Attributes.without(a.attributes(), Column.GENERATED_READS, Column.TYPE_REF),
            Attributes.without(b.attributes(), Column.GENERATED_READS, Column.TYPE_REF)));
      }
    }
    return f;
  }

  static String column(Column c) {
    StringBuilder sb = new StringBuilder(c.type());
    if (c.collation() != null && (!c.attributes().containsKey("collation-default")
        || c.attributes().containsKey("collation-explicit"))) {
      sb.append(" collate ").append(c.collation());
    }
    if (c.generated() != null) {
      sb.append(" generated as ").append(c.generated());
    }
    sb.append(c.notNull() ? " NOT NULL" : "");
    if (c.defaultValue() != null) {
      sb.append(" default ").append(c.defaultValue());
    }
    if (c.identity() != Column.Identity.NONE) {
      sb.append(" identity");
    }
    return sb.toString();
  }

  private static Entry renamed(QName t, String kind, String object, String from, String to) {
    return new Entry(t.schema(), t.name(), kind, object, Status.CHANGED, null, List.of(new Field("name", from, to)));
  }

  private static Entry enumValues(QName t, io.schemadiff.model.EnumType from, io.schemadiff.model.EnumType to) {
    return new Entry(t.schema(), t.name(), "enum", t.name(), Status.CHANGED, values(to),
        List.of(new Field("values", values(from), values(to))));
  }

  private static String values(io.schemadiff.model.EnumType type) {
    return "(" + String.join(", ", type.values().stream().map(v -> "'" + v + "'").toList()) + ")";
  }

  private static String foreignKey(ForeignKey fk) {
    return "(" + String.join(", ", fk.columns()) + ") references " + fk.referencedTable() + " ("
        + String.join(", ", fk.referencedColumns()) + ")"
        + (fk.onDelete() == null ? "" : " on delete " + fk.onDelete().toLowerCase(java.util.Locale.ROOT))
        + (fk.onUpdate() == null ? "" : " on update " + fk.onUpdate().toLowerCase(java.util.Locale.ROOT))
        + (fk.deferrable() ? " deferrable" + (fk.initiallyDeferred() ? " initially deferred" : "") : "")
        + flags(fk.attributes());
  }

  /**
   * A constraint's other properties (not valid, not enforced, match full…), so that a drop and add
   * that changes only them reads as the change it is, not as nothing: a constraint left NOT VALID
   * by a failed online migration is drift.
   */
  private static String flags(Map<String, String> attributes) {
    StringBuilder sb = new StringBuilder();
    new java.util.TreeMap<>(attributes).forEach((k, v) -> {
      if (!k.equals(io.schemadiff.model.Attributes.REQUIRES) && !k.contains("comment")) {
        sb.append(' ').append(k.replace('-', ' ')).append(v.equals("true") ? "" : " " + v);
      }
    });
    return sb.toString();
  }

  private static String index(Index i) {
    List<String> keys = new ArrayList<>();
    for (IndexKey k : i.keys()) {
      String s = k.column() != null ? k.column() : "(" + k.expression() + ")";
      keys.add(s + (k.prefixLength() == null ? "" : "(" + k.prefixLength() + ")") + (k.descending() ? " desc" : ""));
    }
    return (i.unique() ? "unique " : "") + i.method() + " (" + String.join(", ", keys) + ")"
        + (i.include().isEmpty() ? "" : " include (" + String.join(", ", i.include()) + ")")
        + (i.where() == null ? "" : " where " + i.where()) + options(i.attributes());
  }

  private static String options(Map<String, String> attributes) {
    StringBuilder sb = new StringBuilder();
    attributes.forEach((k, v) -> sb.append(" [").append(k).append('=').append(v).append(']'));
    return sb.toString();
  }

  /** A field for each key whose value differs between two attribute maps, in key order. */
  /** The scheme and count as fields; the partitions one by one, by name (null where absent). */
  private static List<Field> partitioning(Change.AlterPartitioning x) {
    List<Field> fields = changed(Attributes.without(x.from(), Table.PARTITIONS),
        Attributes.without(x.to(), Table.PARTITIONS));
    Map<String, String> before = byPartitionName(x.partitions(false));
    Map<String, String> after = byPartitionName(x.partitions(true));
    for (String name : union(before.keySet(), after.keySet())) {
      if (!java.util.Objects.equals(before.get(name), after.get(name))) {
        fields.add(new Field("partition " + name, before.get(name), after.get(name)));
      }
    }
    return fields;
  }

  private static Map<String, String> byPartitionName(List<String> definitions) {
    Map<String, String> out = new LinkedHashMap<>();
    definitions.forEach(d -> out.put(io.schemadiff.diff.PartitionEdit.name(d), d));
    return out;
  }

  private static List<Field> changed(java.util.Map<String, String> from, java.util.Map<String, String> to) {
    List<Field> fields = new ArrayList<>();
    for (String k : union(from.keySet(), to.keySet())) {
      if (!java.util.Objects.equals(from.get(k), to.get(k))) {
        fields.add(new Field(k, from.get(k), to.get(k)));
      }
    }
    return fields;
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> s = new TreeSet<>(a);
    s.addAll(b);
    return s;
  }
}
