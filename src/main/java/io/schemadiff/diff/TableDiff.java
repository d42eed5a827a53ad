package io.schemadiff.diff;

import io.schemadiff.diff.ByName.Pair;
import io.schemadiff.diff.ByName.Result;
import io.schemadiff.diff.Change.AddCheck;
import io.schemadiff.diff.Change.AddColumn;
import io.schemadiff.diff.Change.AddForeignKey;
import io.schemadiff.diff.Change.AddPrimaryKey;
import io.schemadiff.diff.Change.AddUnique;
import io.schemadiff.diff.Change.AlterColumn;
import io.schemadiff.diff.Change.AlterTableOptions;
import io.schemadiff.diff.Change.CreateIndex;
import io.schemadiff.diff.Change.DropCheck;
import io.schemadiff.diff.Change.DropColumn;
import io.schemadiff.diff.Change.DropForeignKey;
import io.schemadiff.diff.Change.DropIndex;
import io.schemadiff.diff.Change.DropPrimaryKey;
import io.schemadiff.diff.Change.DropUnique;
import io.schemadiff.diff.Change.RenameConstraint;
import io.schemadiff.diff.Change.RenameIndex;
import io.schemadiff.diff.Change.SetTableComment;
import io.schemadiff.model.Attributes;
import io.schemadiff.model.Check;
import io.schemadiff.model.Column;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.QName;
import io.schemadiff.model.Table;
import io.schemadiff.model.Unique;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The changes inside one table present on both sides: columns, keys, checks, foreign keys, indexes. */
final class TableDiff {
  private final DiffRules rules;
  private final UnaryOperator<Column> canonical;
  private final Table from;
  private final Table to;
  private final Set<String> recreated;
  private final List<Change> out;
  private final QName name;

  /**
   * @param canonical a column with its type in canonical spelling
   * @param recreated columns that are dropped and added rather than altered
   */
  TableDiff(DiffRules rules, UnaryOperator<Column> canonical, Table from, Table to, Set<String> recreated,
      List<Change> out) {
    this.rules = rules;
    this.canonical = canonical;
    this.from = from;
    this.to = to;
    this.recreated = recreated;
    this.out = out;
    this.name = to.name();
  }

  void run() {
    columns();
    if (!Objects.equals(from.comment(), to.comment())) {
      out.add(new SetTableComment(name, from.comment(), to.comment()));
    }
    options();
    primaryKey();
    constraints("unique", "constraint", from.uniques(), to.uniques(), u -> u.name(), u -> u.columns(),
        u -> new AddUnique(name, u), u -> new DropUnique(name, u),
        Unique::attributes, (u, a) -> new Unique(u.name(), u.columns(), a),
        renamer("unique", (u, n) -> new Unique(n, u.columns(), u.attributes()),
            (a, b) -> new RenameConstraint(name, "unique constraint", a, b)));
    constraints("check", "constraint", from.checks(), to.checks(), c -> c.name(), c -> c.columns(),
        c -> new AddCheck(name, c), c -> new DropCheck(name, c),
        Check::attributes, (c, a) -> new Check(c.name(), c.expression(), c.columns(), a),
        renamer("check", (c, n) -> new Check(n, c.expression(), c.columns(), c.attributes()),
            (a, b) -> new RenameConstraint(name, "check", a, b)));
    constraints("foreign-key", "constraint", from.foreignKeys(), to.foreignKeys(), f -> f.name(), f -> f.columns(),
        f -> new AddForeignKey(name, f), f -> new DropForeignKey(name, f),
        ForeignKey::attributes, (f, a) -> new ForeignKey(f.name(), f.columns(), f.referencedTable(),
            f.referencedColumns(), f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred(), a),
        renamer("foreign-key", (f, n) -> new ForeignKey(n, f.columns(), f.referencedTable(),
            f.referencedColumns(), f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred(),
            f.attributes()), (a, b) -> new RenameConstraint(name, "foreign key", a, b)));
    constraints("index", "index", from.indexes(), to.indexes(), i -> i.name(), this::indexColumns,
        i -> new CreateIndex(name, i), i -> new DropIndex(name, i),
        io.schemadiff.model.Index::attributes, (i, a) -> new io.schemadiff.model.Index(i.name(), i.unique(),
            i.method(), i.keys(), i.include(), i.where(), i.reads(), a),
        renamer("index", (i, n) -> new io.schemadiff.model.Index(n, i.unique(), i.method(), i.keys(),
            i.include(), i.where(), i.reads(), i.attributes()), (a, b) -> new RenameIndex(name, a, b)));
  }

  /** Attributes that are comments, set in place where the dialect does so. */
  private static final List<String> COMMENTS = List.of("comment", "index-comment");

  private static java.util.Map<String, String> uncommented(java.util.Map<String, String> attributes) {
    java.util.Map<String, String> m = new java.util.TreeMap<>(attributes);
    COMMENTS.forEach(m::remove);
    return m;
  }

  /** The comments of {@code object} ({@code on}: constraint or index) that differ, set in place. */
  private void comments(String on, String object, java.util.Map<String, String> before,
      java.util.Map<String, String> after) {
    if (!Objects.equals(before.get("comment"), after.get("comment"))) {
      out.add(new Change.SetComment(name, on, object, before.get("comment"), after.get("comment")));
    }
    if (!Objects.equals(before.get("index-comment"), after.get("index-comment"))) {
      out.add(new Change.SetComment(name, "index", object, before.get("index-comment"), after.get("index-comment")));
    }
  }

  private void columns() {
    Result<Column> cols = ByName.compare(
        from.columns().stream().map(canonical).toList(),
        to.columns().stream().map(canonical).toList(),
        Column::name);
    // A child's inherited columns change with its parent while it stays that parent's child.
    boolean child = !from.parents().isEmpty() && !parentsChange();
    cols.added().stream().filter(c -> !(child && inherited(c))).forEach(c -> out.add(addColumn(c.name())));
    cols.removed().stream().filter(c -> !(child && inherited(c))).forEach(c -> out.add(new DropColumn(name, from.column(c.name()))));
    Set<String> moved = rules.columnOrderMatters() ? ColumnOrder.moved(from, to, recreated) : Set.of();
    Set<String> altered = new HashSet<>();
    for (Pair<Column> pair : cols.changed()) {
      Column before = from.column(pair.from().name());
      Column after = to.column(pair.to().name());
      if (child && (inherited(before) || inherited(after))) {
        continue;
      }
      if (recreated.contains(before.name())) {
        out.add(new DropColumn(name, before));
        out.add(addColumn(after.name()));
      } else {
        Column released = released(before, after);
        if (released != null) {
          out.add(alterColumn(before, released, aspects(before, released)));
          before = released;
        }
        Set<ColumnAspect> aspects = aspects(before, after);
        if (moved.contains(after.name())) {
          aspects.add(ColumnAspect.POSITION);
        }
        if (aspects.isEmpty()) {
          continue; // only which table owns it changed (attached or detached)
        }
        out.add(alterColumn(before, after, aspects));
        altered.add(after.name());
      }
    }
    for (String column : moved) {
      if (!altered.contains(column)) {
        out.add(alterColumn(from.column(column), to.column(column), EnumSet.of(ColumnAspect.POSITION)));
      }
    }
  }

  /**
   * A table that changes parents leaves the old ones before anything else (its inherited columns
   * become its own, to change like any other) and joins the new ones once it matches them.
   */
  private void options() {
    partitioning();
    Map<String, String> a = Attributes.without(from.attributes(), Table.IN_PLACE_PARTITIONING);
    Map<String, String> b = Attributes.without(to.attributes(), Table.IN_PLACE_PARTITIONING);
    if (a.equals(b)) {
      return;
    }
    if (!parentsChange()) {
      out.add(new AlterTableOptions(name, a, b));
      return;
    }
    Map<String, String> left = withoutParents(a);
    Map<String, String> joining = withoutParents(b);
    if (!left.equals(a)) {
      out.add(new AlterTableOptions(name, a, left));
    }
    if (!left.equals(joining)) {
      out.add(new AlterTableOptions(name, left, joining));
    }
    if (!joining.equals(b)) {
      out.add(new AlterTableOptions(name, joining, b));
    }
  }

  /**
   * Partitions of the same scheme are edited in place. A new scheme rebuilds the table in one
   * step, unless its columns or keys change too: the old scheme may not hold over those changes
   * (every unique key must hold the partitioning columns), so it is removed first and the new
   * one set once they are made.
   */
  private void partitioning() {
    Map<String, String> a = Attributes.only(from.attributes(), Table.IN_PLACE_PARTITIONING);
    Map<String, String> b = Attributes.only(to.attributes(), Table.IN_PLACE_PARTITIONING);
    if (a.equals(b)) {
      return;
    }
    boolean sameScheme = Objects.equals(a.get(Table.PARTITIONING), b.get(Table.PARTITIONING));
    boolean reshaped = !from.columns().equals(to.columns()) || !Objects.equals(from.primaryKey(), to.primaryKey())
        || !from.uniques().equals(to.uniques()) || !uniqueIndexes(from).equals(uniqueIndexes(to));
    if (!a.isEmpty() && !b.isEmpty() && !sameScheme && reshaped) {
      out.add(new Change.AlterPartitioning(name, a, Map.of()));
      out.add(new Change.AlterPartitioning(name, Map.of(), b));
      return;
    }
    out.add(new Change.AlterPartitioning(name, a, b));
  }

  private static List<io.schemadiff.model.Index> uniqueIndexes(Table t) {
    return t.indexes().stream().filter(io.schemadiff.model.Index::unique).toList();
  }

  private boolean parentsChange() {
    return AlterTableOptions.PARENTS.stream()
        .anyMatch(k -> !Objects.equals(from.attributes().get(k), to.attributes().get(k)));
  }

  private static Map<String, String> withoutParents(Map<String, String> attributes) {
    Map<String, String> m = new java.util.TreeMap<>(attributes);
    m.keySet().removeAll(AlterTableOptions.PARENTS);
    return m;
  }

  private static boolean inherited(Column c) {
    return c.attributes().containsKey(Column.INHERITED);
  }

  private AddColumn addColumn(String column) {
    int position = to.columns().indexOf(to.column(column));
    return new AddColumn(name, to.column(column), position, predecessor(position));
  }

  /**
   * A column that trades a sequence default for an identity (or back) first lets go of the old
   * one in a step of its own, so the sequence can be dropped (or created) between the two: the
   * identity's own sequence takes the same name. Null when no such trade happens.
   */
  private static Column released(Column before, Column after) {
    boolean sequenced = !before.requires().isEmpty() || !after.requires().isEmpty();
    if (!sequenced || before.identity() == after.identity()) {
      return null;
    }
    if (before.identity() == Column.Identity.NONE && before.defaultValue() != null) {
      return new Column(before.name(), before.type(), before.notNull(), null, before.identity(),
          before.generated(), before.collation(), before.comment(), before.attributes()).withRequires(List.of());
    }
    if (after.identity() == Column.Identity.NONE && after.defaultValue() != null) {
      // Everything but the default first (the identity goes); the default follows its sequence.
      return new Column(after.name(), after.type(), after.notNull(), null, after.identity(),
          after.generated(), after.collation(), after.comment(), after.attributes()).withRequires(List.of());
    }
    return null;
  }

  private AlterColumn alterColumn(Column before, Column after, Set<ColumnAspect> aspects) {
    int position = to.columns().indexOf(to.column(after.name()));
    return new AlterColumn(name, before, after, aspects, position, predecessor(position));
  }

  private String predecessor(int position) {
    return position == 0 ? null : to.columns().get(position - 1).name();
  }

  private void primaryKey() {
    var before = from.primaryKey();
    var after = to.primaryKey();
    boolean touched = before != null && touchesRecreated(before.columns());
    if (Objects.equals(before, after) && !touched) {
      return;
    }
    boolean commentsInPlace = rules.commentsInPlace().contains("primary-key");
    if (before != null && after != null && !touched && commentsInPlace && before.name().equals(after.name())
        && before.columns().equals(after.columns())
        && uncommented(before.attributes()).equals(uncommented(after.attributes()))) {
      comments("constraint", after.name(), before.attributes(), after.attributes());
      return;
    }
    if (before != null && after != null && !touched && before.columns().equals(after.columns())
        && (commentsInPlace ? uncommented(before.attributes()).equals(uncommented(after.attributes()))
            : before.attributes().equals(after.attributes()))
        && rules.renamesInPlace().contains("primary-key")) {
      out.add(new RenameConstraint(name, "primary key", before.name(), after.name()));
      if (commentsInPlace) {
        comments("constraint", after.name(), before.attributes(), after.attributes());
      }
      return;
    }
    if (before != null) {
      out.add(new DropPrimaryKey(name, before));
    }
    if (after != null) {
      out.add(new AddPrimaryKey(name, after));
    }
  }

  /** How to give an object another name, where the dialect renames such objects in place; else null. */
  private <T> Renamer<T> renamer(String kind, BiFunction<T, String, T> withName,
      BiFunction<String, String, Change> rename) {
    return rules.renamesInPlace().contains(kind) ? new Renamer<>(withName, rename) : null;
  }

  /**
   * Same-name objects that differ, or that read a recreated column, are dropped and added. An
   * object that only changed its name (as a table or column rename leaves behind) is renamed.
   */
  private <T> void constraints(String kind, String on, List<T> before, List<T> after, Function<T, String> key,
      Function<T, List<String>> columns, Function<T, Change> add, Function<T, Change> drop,
      Function<T, java.util.Map<String, String>> attributes,
      BiFunction<T, java.util.Map<String, String>, T> withAttributes, Renamer<T> renamer) {
    // Where comments are set in place, objects are compared without them.
    // What an object requires follows from its definition (and is missing from older snapshots).
    // Likewise attributes that ALTER INDEX changes without a rebuild.
    boolean inPlace = rules.commentsInPlace().contains(kind);
    Set<String> alterable = kind.equals("index") ? rules.indexAttributesInPlace() : Set.of();
    UnaryOperator<T> bare = x -> withAttributes.apply(x, Attributes.without(inPlace
        ? uncommented(Attributes.withoutRequires(attributes.apply(x))) : Attributes.withoutRequires(attributes.apply(x)),
        alterable));
    Result<T> r = ByName.compare(before, after, key, (a, b) -> bare.apply(a).equals(bare.apply(b)));
    List<T> added = new ArrayList<>(r.added());
    List<T> removed = new ArrayList<>(r.removed());
    if (renamer != null) {
      for (java.util.Iterator<T> it = removed.iterator(); it.hasNext(); ) {
        T old = it.next();
        if (touchesRecreated(columns.apply(old))) {
          continue;
        }
        for (T candidate : added) {
          if (renamer.withName().apply(bare.apply(old), key.apply(candidate)).equals(bare.apply(candidate))) {
            out.add(renamer.rename().apply(key.apply(old), key.apply(candidate)));
            if (inPlace) {
              comments(on, key.apply(candidate), attributes.apply(old), attributes.apply(candidate));
            }
            altered(alterable, key.apply(candidate), attributes.apply(old), attributes.apply(candidate));
            added.remove(candidate);
            it.remove();
            break;
          }
        }
      }
    }
    added.forEach(x -> out.add(add.apply(x)));
    removed.forEach(x -> out.add(drop.apply(x)));
    for (Pair<T> pair : r.changed()) {
      out.add(drop.apply(pair.from()));
      out.add(add.apply(pair.to()));
    }
    java.util.Map<String, T> previous = new java.util.HashMap<>();
    before.forEach(x -> previous.put(key.apply(x), x));
    Set<String> handled = new HashSet<>();
    r.changed().forEach(p -> handled.add(key.apply(p.to())));
    for (T x : after) {
      String k = key.apply(x);
      T old = previous.get(k);
      if (handled.contains(k) || old == null) {
        continue;
      }
      if (touchesRecreated(columns.apply(x))) {
        out.add(drop.apply(old));
        out.add(add.apply(x)); // with its comments
      } else if (!old.equals(x)) {
        if (inPlace) {
          comments(on, k, attributes.apply(old), attributes.apply(x));
        }
        altered(alterable, k, attributes.apply(old), attributes.apply(x));
      }
    }
  }

  /** An index whose in-place attributes differ is altered (the rest is equal, or it was re-created). */
  private void altered(Set<String> alterable, String index, java.util.Map<String, String> before,
      java.util.Map<String, String> after) {
    java.util.Map<String, String> from = new java.util.TreeMap<>();
    java.util.Map<String, String> to = new java.util.TreeMap<>();
    for (String k : alterable) {
      if (before.containsKey(k)) {
        from.put(k, before.get(k));
      }
      if (after.containsKey(k)) {
        to.put(k, after.get(k));
      }
    }
    if (!from.equals(to)) {
      out.add(new Change.AlterIndex(name, index, from, to));
    }
  }


  private List<String> indexColumns(io.schemadiff.model.Index index) {
    List<String> all = new ArrayList<>(index.columns());
    all.addAll(index.reads());
    all.addAll(index.include());
    return all;
  }

  private boolean touchesRecreated(List<String> columns) {
    return columns.stream().anyMatch(recreated::contains);
  }

  /** An object under another name ({@code withName}), and the change that renames it ({@code rename}). */
  private record Renamer<T>(BiFunction<T, String, T> withName, BiFunction<String, String, Change> rename) {}

  /** Attributes other than what a generated column reads (that follows from its expression). */
  private static java.util.Map<String, String> withoutReads(Column c) {
    java.util.Map<String, String> m = new java.util.TreeMap<>(c.attributes());
    m.remove(Column.GENERATED_READS);
    m.remove(Column.TYPE_REF); // follows from the type
    m.remove(Attributes.REQUIRES); // follows from the default and the type
    m.remove(Column.INHERITED); // follows from the table's parents
    return m;
  }

  private static Set<ColumnAspect> aspects(Column a, Column b) {
    Set<ColumnAspect> s = EnumSet.noneOf(ColumnAspect.class);
    if (!Objects.equals(a.type(), b.type())) s.add(ColumnAspect.TYPE);
    if (!Objects.equals(a.collation(), b.collation())) s.add(ColumnAspect.COLLATION);
    if (a.notNull() != b.notNull()) s.add(ColumnAspect.NOT_NULL);
    if (!Objects.equals(a.defaultValue(), b.defaultValue())) s.add(ColumnAspect.DEFAULT);
    if (a.identity() != b.identity()) s.add(ColumnAspect.IDENTITY);
    if (!Objects.equals(a.generated(), b.generated())) s.add(ColumnAspect.GENERATED);
    if (!Objects.equals(a.comment(), b.comment())) s.add(ColumnAspect.COMMENT);
    if (!withoutReads(a).equals(withoutReads(b))) {
      s.add(ColumnAspect.EXTRAS);
    }
    return s;
  }
}
