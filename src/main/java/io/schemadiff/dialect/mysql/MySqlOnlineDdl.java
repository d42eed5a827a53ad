package io.schemadiff.dialect.mysql;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.Change.AddColumn;
import io.schemadiff.diff.Change.AlterColumn;
import io.schemadiff.diff.Change.AlterTableOptions;
import io.schemadiff.diff.Change.CreateIndex;
import io.schemadiff.diff.Change.DropColumn;
import io.schemadiff.diff.Change.DropIndex;
import io.schemadiff.diff.ColumnAspect;
import io.schemadiff.model.Column;
import io.schemadiff.model.Table;
import io.schemadiff.plan.HazardRules;
import io.schemadiff.plan.OnlineDdl;
import io.schemadiff.plan.OnlineDdlRules;
import io.schemadiff.diff.ChangeKind;
import io.schemadiff.model.Index;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * InnoDB online DDL in MySQL 8.0.29 and later (instant ADD and DROP COLUMN anywhere). Where a
 * change is not known to run in place it is classed {@link OnlineDdl#COPY}: the statement then
 * carries no ALGORITHM clause and the server picks, so a wrong guess never fails a migration.
 */
public final class MySqlOnlineDdl implements OnlineDdlRules {
  private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");
  private static final Pattern GEOMETRY =
      Pattern.compile("(geometry|point|linestring|polygon|multipoint|multilinestring|multipolygon|geomcollection|geometrycollection)\\b");

  @Override
  public OnlineDdl classify(Change change, Table table) {
    OnlineDdl online = classify(change);
    if (table == null) {
      return online;
    }
    // Tables whose shape defeats online DDL: any rebuild of a table with a FULLTEXT index is a
    // copy, instant ADD COLUMN does not apply to compressed rows, and virtual columns turn some
    // in-place combinations into copies. Without a hint the server still picks its best.
    if (table.indexes().stream().anyMatch(i -> i.method().equals("fulltext"))) {
      return OnlineDdl.COPY;
    }
    if (online == OnlineDdl.INSTANT && "COMPRESSED".equals(table.attributes().get("row-format"))) {
      return OnlineDdl.COPY;
    }
    if (change instanceof DropColumn d && indexed(table, d.column().name())) {
      online = online.max(OnlineDdl.INPLACE); // its indexes change with it
    }
    boolean virtualColumns = table.columns().stream()
        .anyMatch(c -> "VIRTUAL".equals(c.attributes().get("generated-kind")));
    boolean shiftsColumns = change.kind() == ChangeKind.ADD_COLUMN || change.kind() == ChangeKind.DROP_COLUMN;
    if (virtualColumns && (online != OnlineDdl.INSTANT || shiftsColumns)) {
      return OnlineDdl.COPY;
    }
    return online;
  }

  private OnlineDdl classify(Change change) {
    return switch (change.kind()) {
      case ADD_COLUMN -> addColumn(((AddColumn) change).column());
      case DROP_COLUMN -> stored(((DropColumn) change).column()) ? OnlineDdl.INPLACE : OnlineDdl.INSTANT;
      case ALTER_COLUMN -> alterColumn((AlterColumn) change);
      case CREATE_INDEX -> plainIndex(((CreateIndex) change).index()) ? OnlineDdl.INPLACE : OnlineDdl.INPLACE_SHARED;
      case DROP_CHECK -> OnlineDdl.INSTANT;
      // A functional index drops its hidden virtual column, which joins no other in-place work.
      case DROP_INDEX -> plainIndex(((DropIndex) change).index()) ? OnlineDdl.INPLACE : OnlineDdl.COPY;
      case DROP_FOREIGN_KEY, SET_TABLE_COMMENT, ALTER_INDEX -> OnlineDdl.INPLACE;
      case ADD_PRIMARY_KEY -> OnlineDdl.INPLACE;
      case ALTER_TABLE_OPTIONS -> options((AlterTableOptions) change);
      // Statements of their own, without a hint: their hazards say what each one does.
      case PARTITION_TABLE, UNPARTITION_TABLE, ALTER_PARTITIONS -> null;
      // Dropping a primary key, checking a new foreign key or check: the table is copied.
      default -> OnlineDdl.COPY;
    };
  }

  /** InnoDB builds one FULLTEXT index per statement. */
  @Override
  public boolean canJoin(java.util.List<Change> batch, Change next) {
    return !(fulltext(next) && batch.stream().anyMatch(MySqlOnlineDdl::fulltext))
        && !readdsForeignKey(batch, next) && !redefinesUnderDroppedSpatialIndex(batch, next);
  }

  /**
   * A column's SRID cannot change in the ALTER TABLE that drops its SPATIAL index ("remove the
   * spatial index before altering the SRID"): the column waits for the next statement.
   */
  private static boolean redefinesUnderDroppedSpatialIndex(java.util.List<Change> batch, Change next) {
    return next instanceof AlterColumn a && batch.stream().anyMatch(c -> c instanceof DropIndex d
        && d.index().method().equals("spatial") && d.index().reads().contains(a.to().name()));
  }

  /** One ALTER TABLE cannot drop a foreign key and add one of the same name (ERROR 1826). */
  private static boolean readdsForeignKey(java.util.List<Change> batch, Change next) {
    return next instanceof Change.AddForeignKey add && batch.stream().anyMatch(c ->
        c instanceof Change.DropForeignKey drop && drop.foreignKey().name().equalsIgnoreCase(add.foreignKey().name()));
  }

  private static boolean fulltext(Change c) {
    return c instanceof CreateIndex i && i.index().method().equals("fulltext");
  }

  private static boolean indexed(Table table, String column) {
    return (table.primaryKey() != null && table.primaryKey().columns().contains(column))
        || table.indexes().stream().anyMatch(i -> i.reads().contains(column));
  }

  /** FULLTEXT, SPATIAL and functional indexes are built under a shared lock. */
  private static boolean plainIndex(Index index) {
    return index.method().equals("btree") && index.keys().stream().allMatch(k -> k.column() != null);
  }

  private static OnlineDdl addColumn(Column c) {
    // A stored value or an expression default must be computed for every row.
    if (stored(c) || (c.defaultValue() != null && c.defaultValue().startsWith("("))) {
      return OnlineDdl.COPY;
    }
    if (c.type().contains("SRID") || GEOMETRY.matcher(c.type()).lookingAt()) {
      return OnlineDdl.COPY; // spatial columns are not added instantly
    }
    if (c.identity() != Column.Identity.NONE) {
      return OnlineDdl.INPLACE_SHARED;
    }
    return OnlineDdl.INSTANT;
  }

  private static OnlineDdl alterColumn(AlterColumn c) {
    OnlineDdl worst = OnlineDdl.INSTANT;
    for (ColumnAspect a : c.aspects()) {
      worst = worst.max(switch (a) {
        case DEFAULT, COMMENT -> OnlineDdl.INSTANT;
        case POSITION, NOT_NULL -> OnlineDdl.INPLACE;
        case TYPE -> retype(c.from(), c.to());
        case EXTRAS -> onlyVisibility(c) ? OnlineDdl.INSTANT : OnlineDdl.COPY;
        default -> OnlineDdl.COPY;
      });
    }
    return worst;
  }

  /**
   * A VARCHAR that grows without crossing 255 bytes keeps its length prefix and changes in place;
   * ENUM and SET that only gain members at the end are metadata. Anything else copies.
   */
  private static OnlineDdl retype(Column from, Column to) {
    String f = from.type().toLowerCase(Locale.ROOT);
    String t = to.type().toLowerCase(Locale.ROOT);
    Matcher vf = VARCHAR.matcher(f);
    Matcher vt = VARCHAR.matcher(t);
    if (vf.matches() && vt.matches() && java.util.Objects.equals(from.collation(), to.collation())) {
      int bytes = bytesPerChar(to.collation());
      long before = Long.parseLong(vf.group(1)) * bytes;
      long after = Long.parseLong(vt.group(1)) * bytes;
      if (after >= before && (before > 255) == (after > 255)) {
        return OnlineDdl.INPLACE;
      }
    }
    if (HazardRules.appendsValues(f, t)) {
      return OnlineDdl.INSTANT;
    }
    return OnlineDdl.COPY;
  }

  private static int bytesPerChar(String collation) {
    if (collation == null) {
      return 1;
    }
    if (collation.startsWith("utf8mb4")) {
      return 4;
    }
    if (collation.startsWith("utf8")) {
      return 3;
    }
    return collation.startsWith("ucs2") || collation.startsWith("utf16") ? 4 : 1;
  }

  private static boolean onlyVisibility(AlterColumn c) {
    Map<String, String> a = new HashMap<>(c.from().attributes());
    Map<String, String> b = new HashMap<>(c.to().attributes());
    a.remove("invisible");
    b.remove("invisible");
    return a.equals(b);
  }

  private static OnlineDdl options(AlterTableOptions c) {
    if (c.changed("engine") || c.changed("options") && !inPlaceOptions(c.from().get("options"), c.to().get("options"))) {
      return OnlineDdl.COPY;
    }
    return OnlineDdl.INPLACE;
  }

  /** Table options InnoDB changes in place with concurrent writes (statistics; KEY_BLOCK_SIZE rebuilds in place). */
  private static final java.util.Set<String> IN_PLACE_OPTIONS =
      java.util.Set.of("stats_persistent", "stats_auto_recalc", "stats_sample_pages", "key_block_size");

  private static boolean inPlaceOptions(String from, String to) {
    Map<String, String> a = optionMap(from);
    Map<String, String> b = optionMap(to);
    java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys.stream().filter(k -> !java.util.Objects.equals(a.get(k), b.get(k))).allMatch(IN_PLACE_OPTIONS::contains);
  }

  /** {@code STATS_PERSISTENT=1 key_block_size=8} → option (lower case) → value. */
  private static Map<String, String> optionMap(String options) {
    Map<String, String> m = new HashMap<>();
    if (options != null) {
      for (String part : options.trim().split("\\s+")) {
        String[] kv = part.split("=", 2);
        m.put(kv[0].toLowerCase(Locale.ROOT), kv.length > 1 ? kv[1] : "");
      }
    }
    return m;
  }

  private static boolean stored(Column c) {
    return "STORED".equals(c.attributes().get("generated-kind"));
  }
}
