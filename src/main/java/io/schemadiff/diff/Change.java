package io.schemadiff.diff;

import io.schemadiff.model.Check;
import io.schemadiff.model.Column;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.PrimaryKey;
import io.schemadiff.model.QName;
import io.schemadiff.model.Table;
import io.schemadiff.model.Unique;
import io.schemadiff.model.View;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One difference between two schemas, as a verb on an object. The closed set of records is the
 * vocabulary shared by the planner, the templates and every output format.
 */
public sealed interface Change {
  ChangeKind kind();

  /** The table acted on; for schema changes, a QName whose name is empty. */
  QName table();

  /** The object's own name inside its table ("" for the table itself), for stable ordering. */
  String objectName();

  /**
   * Orders independent changes to the same table; by default the object's name. Added columns
   * use their place in the target table so the migrated table keeps the intended column order.
   */
  default String sortKey() {
    return objectName();
  }

  /** The verb phrase: {@code add foreign key}; for modelled objects with their kind, {@code create sequence}. */
  default String verb() {
    return kind().verb();
  }

  /** The dialect's template for the change: the verb with dashes ({@code create-sequence.ftl}). */
  default String templateName() {
    return verb().replace(' ', '-') + ".ftl";
  }

  /** A short human description, e.g. {@code add column public.orders.total}. */
  default String describe() {
    return describe(Names.PLAIN);
  }

  /** The description with names written by {@code n} (quoted, in an SQL comment). */
  default String describe(Names n) {
    String target = objectName().isEmpty() ? n.qualified(table()) : n.member(table(), objectName());
    return verb() + " " + target;
  }

  /**
   * A change to a modelled object (sequence, function, trigger…): one record per verb for every
   * kind, which brings its own templates and dependencies through its {@link Definition}.
   */
  sealed interface ObjectChange extends Change {
    /** The object as it will be (for a drop, as it was). */
    SchemaObject object();

    default String verb() {
      return kind().verb().replace("object", object().kind());
    }

    default QName table() {
      ObjectRef r = object().ref();
      return new QName(r.schema(), r.table().isEmpty() ? r.name() : r.table());
    }

    default String objectName() {
      return object().ref().table().isEmpty() ? "" : object().ref().name();
    }

    default String describe(Names n) {
      return verb() + " " + target(n);
    }

    /** The object's name; one of a table (a policy) as a member of its table; a routine with its argument types. */
    default String target(Names n) {
      if (object().definition() instanceof io.schemadiff.model.Overloaded r && r.identityArguments() != null) {
        return n.qualified(new QName(object().ref().schema(), r.name())) + "(" + r.identityArguments() + ")";
      }
      return objectName().isEmpty() ? n.qualified(object().ref().qname()) : n.member(table(), objectName());
    }
  }

  record CreateObject(SchemaObject object) implements ObjectChange {
    public ChangeKind kind() { return ChangeKind.CREATE_OBJECT; }
  }

  record DropObject(SchemaObject object) implements ObjectChange {
    public ChangeKind kind() { return ChangeKind.DROP_OBJECT; }
  }

  /** Changes an object in place, from its definition {@code from} to that of {@code object}. */
  record AlterObject(SchemaObject from, SchemaObject object) implements ObjectChange {
    public ChangeKind kind() { return ChangeKind.ALTER_OBJECT; }
  }

  /** Sets or removes the comment of an object whose definition stays. */
  record CommentObject(SchemaObject from, SchemaObject object) implements ObjectChange {
    public ChangeKind kind() { return ChangeKind.COMMENT_OBJECT; }

    public String describe(Names n) {
      return (object.comment() == null ? "remove comment on " : "set comment on ") + object.kind() + " "
          + target(n);
    }
  }

  record CreateSchema(String name) implements Change {
    public ChangeKind kind() { return ChangeKind.CREATE_SCHEMA; }
    public QName table() { return new QName(name, ""); }
    public String objectName() { return ""; }
    public String describe(Names n) { return "create schema " + n.name(name); }
  }

  record DropSchema(String name) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_SCHEMA; }
    public QName table() { return new QName(name, ""); }
    public String objectName() { return ""; }
    public String describe(Names n) { return "drop schema " + n.name(name); }
  }

  record CreateEnum(EnumType type) implements Change {
    public ChangeKind kind() { return ChangeKind.CREATE_ENUM; }
    public QName table() { return type.name(); }
    public String objectName() { return ""; }
    public String describe(Names n) { return "create enum " + n.qualified(type.name()); }
  }

  record DropEnum(EnumType type) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_ENUM; }
    public QName table() { return type.name(); }
    public String objectName() { return ""; }
    public String describe(Names n) { return "drop enum " + n.qualified(type.name()); }
  }

  /**
   * Adds {@code value} to an enum (as it is, {@code from}; as it will be, {@code to}), placed after {@code after} or, when that is null, before
   * {@code before} (both null: the type had no values). {@code position} is its place in the
   * target's list, which orders several additions to one type.
   */
  record AddEnumValue(EnumType from, EnumType to, String value, String after, String before, int position)
      implements Change {
    public QName type() { return to.name(); }
    public ChangeKind kind() { return ChangeKind.ADD_ENUM_VALUE; }
    public QName table() { return to.name(); }
    public String objectName() { return value; }
    public String sortKey() { return String.format("%06d", position); }
    public String describe(Names n) { return "add value " + n.value(value) + " to enum " + n.qualified(to.name()); }
  }

  /**
   * Replaces an enum whose values are removed or reordered, which PostgreSQL cannot do in place:
   * the old type is renamed aside, the new one created, each column of the type in {@code uses}
   * converted through its text, and the old type dropped.
   */
  record ReplaceEnum(EnumType from, EnumType to, List<ColumnUse> uses) implements Change {
    public ReplaceEnum {
      uses = List.copyOf(uses);
    }

    public ChangeKind kind() { return ChangeKind.REPLACE_ENUM; }
    public QName table() { return to.name(); }
    public String objectName() { return ""; }
    public String describe(Names n) { return "replace enum " + n.qualified(to.name()); }

    /** Values the old type has and the new one lacks. */
    public List<String> removedValues() {
      return from.values().stream().filter(v -> !to.values().contains(v)).toList();
    }
  }

  /** A column of a type being replaced: as it is and as it will be. */
  record ColumnUse(QName table, Column from, Column to) {}

  /** Renames a table, as the user said (a rename cannot be told from two states). */
  record RenameTable(QName from, QName to) implements Change {
    public ChangeKind kind() { return ChangeKind.RENAME_TABLE; }
    public QName table() { return to; }
    public String objectName() { return ""; }
    public String describe(Names n) { return "rename table " + n.qualified(from) + " to " + n.name(to.name()); }
  }

  /** Renames a column of {@code table} (named as after any table rename). */
  record RenameColumn(QName table, String from, String to) implements Change {
    public ChangeKind kind() { return ChangeKind.RENAME_COLUMN; }
    public String objectName() { return to; }
    public String describe(Names n) { return "rename column " + n.member(table, from) + " to " + n.name(to); }
  }

  /**
   * Gives a constraint of {@code table} another name, its definition unchanged; {@code what} is
   * the constraint's kind in words ({@code primary key}, {@code unique constraint}, {@code check},
   * {@code foreign key}).
   */
  record RenameConstraint(QName table, String what, String from, String to) implements Change {
    public ChangeKind kind() { return ChangeKind.RENAME_CONSTRAINT; }
    public String objectName() { return to; }
    public String describe(Names n) { return "rename " + what + " " + n.member(table, from) + " to " + n.name(to); }
  }

  /** Gives an index of {@code table} another name, its definition unchanged. */
  record RenameIndex(QName table, String from, String to) implements Change {
    public ChangeKind kind() { return ChangeKind.RENAME_INDEX; }
    public String objectName() { return to; }
    public String describe(Names n) { return "rename index " + n.member(table, from) + " to " + n.name(to); }
  }

  /** Creates a table with its columns, keys and checks; indexes and foreign keys come as own changes. */
  record CreateTable(Table definition) implements Change {
    public ChangeKind kind() { return ChangeKind.CREATE_TABLE; }
    public QName table() { return definition.name(); }
    public String objectName() { return ""; }
  }

  record DropTable(Table definition) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_TABLE; }
    public QName table() { return definition.name(); }
    public String objectName() { return ""; }
  }

  /**
   * Adds a column at {@code position} in the target table, right after the column {@code after}
   * ({@code null}: first). Dialects that cannot place columns ignore both.
   */
  record AddColumn(QName table, Column column, int position, String after) implements Change {
    public ChangeKind kind() { return ChangeKind.ADD_COLUMN; }
    public String objectName() { return column.name(); }
    public String sortKey() { return String.format("%06d", position); }
  }

  record DropColumn(QName table, Column column) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_COLUMN; }
    public String objectName() { return column.name(); }
  }

  /**
   * Changes a column in place; {@code aspects} says what differs between {@code from} and {@code to}.
   * With {@link ColumnAspect#POSITION}, the column moves to {@code position}, after {@code after}
   * ({@code null}: first).
   */
  record AlterColumn(QName table, Column from, Column to, Set<ColumnAspect> aspects, int position,
      String after) implements Change {
    public AlterColumn {
      aspects = Set.copyOf(aspects);
    }

    public ChangeKind kind() { return ChangeKind.ALTER_COLUMN; }
    public String objectName() { return to.name(); }

    /** Moved columns are placed in target order, like added ones. */
    public String sortKey() {
      return aspects.contains(ColumnAspect.POSITION) ? String.format("%06d", position) : to.name();
    }

    /** For templates: whether an aspect changed, by enum name. */
    public boolean has(String aspect) {
      return aspects.contains(ColumnAspect.valueOf(aspect));
    }
  }

  /** Table options (MySQL engine, default collation, row format…) from {@code from} to {@code to}. */
  record AlterTableOptions(QName table, Map<String, String> from, Map<String, String> to) implements Change {
    public AlterTableOptions {
      from = Map.copyOf(from);
      to = Map.copyOf(to);
    }

    /** Options that name a table's parents: they are left first and joined last (see {@link TableDiff}). */
    public static final java.util.Set<String> PARENTS = java.util.Set.of("partition-of", "partition-bound", "inherits");

    public ChangeKind kind() {
      java.util.Set<String> keys = new java.util.HashSet<>(from.keySet());
      keys.addAll(to.keySet());
      boolean onlyParents = keys.stream().filter(this::changed).allMatch(PARENTS::contains);
      if (onlyParents && PARENTS.stream().noneMatch(to::containsKey)) {
        return ChangeKind.LEAVE_PARENTS;
      }
      if (onlyParents && PARENTS.stream().noneMatch(from::containsKey)) {
        return ChangeKind.JOIN_PARENTS;
      }
      return ChangeKind.ALTER_TABLE_OPTIONS;
    }

    public String objectName() { return ""; }

    /** For templates: whether an option differs. */
    public boolean changed(String option) {
      return !java.util.Objects.equals(from.get(option), to.get(option));
    }
  }

  /**
   * A change to how a table is partitioned in place ({@link Table#IN_PLACE_PARTITIONING}): from
   * and to hold those attributes alone, empty where the table is not partitioned.
   */
  record AlterPartitioning(QName table, Map<String, String> from, Map<String, String> to) implements Change {
    public AlterPartitioning {
      from = Map.copyOf(from);
      to = Map.copyOf(to);
    }

    public ChangeKind kind() {
      if (to.isEmpty()) {
        return ChangeKind.UNPARTITION_TABLE;
      }
      boolean sameScheme = java.util.Objects.equals(from.get(Table.PARTITIONING), to.get(Table.PARTITIONING));
      boolean counted = from.containsKey(Table.PARTITION_COUNT) && to.containsKey(Table.PARTITION_COUNT);
      boolean listed = from.containsKey(Table.PARTITIONS) && to.containsKey(Table.PARTITIONS) && byValue();
      return sameScheme && (counted || listed) ? ChangeKind.ALTER_PARTITIONS : ChangeKind.PARTITION_TABLE;
    }

    /**
     * Whether rows go to partitions by the values each one lists (RANGE, LIST): such partitions
     * are added, dropped and reorganised one by one; HASH and KEY ones only by their number.
     */
    public boolean byValue() {
      String scheme = to.getOrDefault(Table.PARTITIONING, from.getOrDefault(Table.PARTITIONING, ""));
      return scheme.startsWith("RANGE") || scheme.startsWith("LIST");
    }

    public String objectName() { return ""; }

    /** The partitions' definitions on one side, in order; none where the server numbers them. */
    public List<String> partitions(boolean target) {
      String joined = (target ? to : from).get(Table.PARTITIONS);
      return joined == null ? List.of() : List.of(joined.split(Column.LIST_SEPARATOR));
    }
  }

  record CreateView(View view) implements Change {
    public ChangeKind kind() { return ChangeKind.CREATE_VIEW; }
    public QName table() { return view.name(); }
    public String objectName() { return ""; }
  }

  record DropView(View view) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_VIEW; }
    public QName table() { return view.name(); }
    public String objectName() { return ""; }
  }

  record SetTableComment(QName table, String from, String to) implements Change {
    public ChangeKind kind() { return ChangeKind.SET_TABLE_COMMENT; }
    public String objectName() { return ""; }
    public String describe(Names n) { return (to == null ? "remove comment on " : "set comment on ") + n.qualified(table); }
  }

  /**
   * Sets or removes the comment of something that otherwise stays: a view, an index, a constraint,
   * a schema ({@code on} says which; {@code name} is the index or constraint, "" for the view
   * itself; a schema's {@code table} has an empty name).
   * It shares the table comment's kind, and so its place in the plan; its template is
   * {@code set-comment.ftl}.
   */
  /** An index changed in place ({@code DiffRules#indexAttributesInPlace}): only those attributes differ. */
  record AlterIndex(QName table, String name, Map<String, String> from, Map<String, String> to) implements Change {
    public ChangeKind kind() { return ChangeKind.ALTER_INDEX; }
    public String objectName() { return name; }
    public String verb() { return "alter index"; }

    public String describe(Names n) {
      return "alter index " + n.member(table, name);
    }
  }

  record SetComment(QName table, String on, String name, String from, String to) implements Change {
    public ChangeKind kind() { return ChangeKind.SET_TABLE_COMMENT; }
    public String objectName() { return name; }
    public String verb() { return "set comment"; }

    /** The index, as a schema-qualified name (indexes live in their table's schema). */
    public QName index() { return new QName(table.schema(), name); }

    public String describe(Names n) {
      String target = name.isEmpty() ? n.qualified(table) : n.member(table, name);
      return (to == null ? "remove comment on " : "set comment on ") + on + " " + target;
    }
  }

  record AddPrimaryKey(QName table, PrimaryKey key) implements Change {
    public ChangeKind kind() { return ChangeKind.ADD_PRIMARY_KEY; }
    public String objectName() { return key.name(); }
  }

  record DropPrimaryKey(QName table, PrimaryKey key) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_PRIMARY_KEY; }
    public String objectName() { return key.name(); }
  }

  record AddUnique(QName table, Unique unique) implements Change {
    public ChangeKind kind() { return ChangeKind.ADD_UNIQUE; }
    public String objectName() { return unique.name(); }
  }

  record DropUnique(QName table, Unique unique) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_UNIQUE; }
    public String objectName() { return unique.name(); }
  }

  record AddCheck(QName table, Check check) implements Change {
    public ChangeKind kind() { return ChangeKind.ADD_CHECK; }
    public String objectName() { return check.name(); }
  }

  record DropCheck(QName table, Check check) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_CHECK; }
    public String objectName() { return check.name(); }
  }

  record AddForeignKey(QName table, ForeignKey foreignKey) implements Change {
    public ChangeKind kind() { return ChangeKind.ADD_FOREIGN_KEY; }
    public String objectName() { return foreignKey.name(); }
  }

  record DropForeignKey(QName table, ForeignKey foreignKey) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_FOREIGN_KEY; }
    public String objectName() { return foreignKey.name(); }
  }

  record CreateIndex(QName table, Index index) implements Change {
    public ChangeKind kind() { return ChangeKind.CREATE_INDEX; }
    public String objectName() { return index.name(); }
  }

  record DropIndex(QName table, Index index) implements Change {
    public ChangeKind kind() { return ChangeKind.DROP_INDEX; }
    public String objectName() { return index.name(); }
  }
}
