package io.schemadiff.diff;

import io.schemadiff.model.Check;
import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnRef;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.Index;
import io.schemadiff.model.IndexKey;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import io.schemadiff.model.Unique;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renames the user has said (two states cannot tell a rename from a drop and an add). Applied to
 * the current state before diffing, so the differ compares like with like, and turned into rename
 * changes of their own.
 *
 * @param tables old table name → new name (same schema)
 * @param columns column of a table (named as in the current state) → its new name
 */
public record Renames(Map<QName, QName> tables, Map<ColumnRef, String> columns) {
  public Renames {
    tables = Map.copyOf(tables);
    columns = Map.copyOf(columns);
  }

  public static Renames none() {
    return new Renames(Map.of(), Map.of());
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty();
  }

  /** The renames that undo these, for the rollback (columns keyed by the renamed table). */
  public Renames inverse() {
    Map<QName, QName> t = new LinkedHashMap<>();
    tables.forEach((a, b) -> t.put(b, a));
    Map<ColumnRef, String> c = new LinkedHashMap<>();
    columns.forEach((ref, name) -> c.put(new ColumnRef(renamed(ref.table()), name), ref.column()));
    return new Renames(t, c);
  }

  /**
   * Those of these renames that run between {@code from} and {@code to}: the old name is in
   * {@code from} only and the new name in {@code to} only (for a migration written in parts, the
   * renames of one part).
   */
  public Renames within(Schema from, Schema to) {
    Map<QName, QName> t = new LinkedHashMap<>();
    tables.forEach((a, b) -> {
      if (table(from, a) != null && table(from, b) == null && table(to, b) != null && table(to, a) == null) {
        t.put(a, b);
      }
    });
    Map<ColumnRef, String> c = new LinkedHashMap<>();
    columns.forEach((ref, name) -> {
      Table before = table(from, ref.table());
      Table after = table(to, t.getOrDefault(ref.table(), ref.table()));
      if (before != null && after != null && before.column(ref.column()) != null && before.column(name) == null
          && after.column(name) != null && after.column(ref.column()) == null) {
        c.put(ref, name);
      }
    });
    return new Renames(t, c);
  }

  private static Table table(Schema s, QName name) {
    return s.tables().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
  }

  QName renamed(QName table) {
    return tables.getOrDefault(table, table);
  }

  /** The rename changes, named as after the table renames. */
  List<Change> changes() {
    List<Change> out = new ArrayList<>();
    tables.forEach((a, b) -> out.add(new Change.RenameTable(a, b)));
    columns.forEach((ref, name) -> out.add(new Change.RenameColumn(renamed(ref.table()), ref.column(), name)));
    return out;
  }

  /** The current state as it will be once the renames have run. */
  Schema apply(Schema s) {
    if (isEmpty()) {
      return s;
    }
    Map<QName, Map<String, String>> byTable = new HashMap<>();
    columns.forEach((ref, name) -> byTable.computeIfAbsent(ref.table(), k -> new HashMap<>()).put(ref.column(), name));
    List<Table> tables = s.tables().stream().map(t -> table(t, byTable)).toList();
    List<View> views = s.views().stream().map(v -> new View(v.name(), v.definition(),
        v.reads().stream().map(this::renamed).toList(),
        v.readsColumns().stream().map(r -> new ColumnRef(renamed(r.table()),
            byTable.getOrDefault(r.table(), Map.of()).getOrDefault(r.column(), r.column()))).toList(),
        v.attributes())).toList();
    return new Schema(s.dialect(), s.serverVersion(), s.namespaces(), tables, views, s.enums(), s.objects(), s.notCompared(),
        s.namespaceComments());
  }

  private Table table(Table t, Map<QName, Map<String, String>> byTable) {
    Map<String, String> own = byTable.getOrDefault(t.name(), Map.of());
    UnaryOperator<String> col = c -> own.getOrDefault(c, c);
    List<Column> cols = t.columns().stream().map(c -> column(c, col)).toList();
    var pk = t.primaryKey() == null ? null
        : new io.schemadiff.model.PrimaryKey(t.primaryKey().name(), names(t.primaryKey().columns(), col),
            t.primaryKey().attributes());
    List<Unique> uniques = t.uniques().stream()
        .map(u -> new Unique(u.name(), names(u.columns(), col), u.attributes())).toList();
    // Expressions (checks, generated columns, index expressions) still name the old columns, and
    // so does what they read: a server may refuse to rename a column an expression reads (MySQL),
    // so whatever replaces them goes after the old one is dropped, before the rename.
    List<Check> checks = t.checks();
    List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> {
      Map<String, String> target = byTable.getOrDefault(fk.referencedTable(), Map.of());
      return new ForeignKey(fk.name(), names(fk.columns(), col), renamed(fk.referencedTable()),
          names(fk.referencedColumns(), c -> target.getOrDefault(c, c)), fk.onDelete(), fk.onUpdate(),
          fk.deferrable(), fk.initiallyDeferred(), fk.attributes());
    }).toList();
    List<Index> indexes = t.indexes().stream().map(i -> {
      boolean expressions = i.where() != null || i.keys().stream().anyMatch(k -> k.column() == null);
      return new Index(i.name(), i.unique(), i.method(),
          i.keys().stream().map(k -> k.column() == null ? k : new IndexKey(col.apply(k.column()), k.expression(),
              k.opclass(), k.collation(), k.descending(), k.nullsFirst(), k.prefixLength())).toList(),
          names(i.include(), col), i.where(), expressions ? i.reads() : names(i.reads(), col), i.attributes());
    }).toList();
    return new Table(renamed(t.name()), cols, pk, uniques, fks, checks, indexes, t.comment(), t.attributes());
  }

  private static Column column(Column c, UnaryOperator<String> col) {
    return new Column(col.apply(c.name()), c.type(), c.notNull(), c.defaultValue(), c.identity(), c.generated(),
        c.collation(), c.comment(), c.attributes());
  }

  private static List<String> names(List<String> names, UnaryOperator<String> col) {
    return names.stream().map(col).toList();
  }
}
