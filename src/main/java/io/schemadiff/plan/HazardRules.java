package io.schemadiff.plan;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.Change.AddColumn;
import io.schemadiff.diff.Change.AlterColumn;
import io.schemadiff.diff.Change.CreateIndex;
import io.schemadiff.diff.ColumnAspect;
import io.schemadiff.model.Column;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides each step's hazards from its change. Dialects differ only in data: which type changes
 * are plain widenings that existing rows always survive, and which character sets hold every
 * character of which others. A type change that is not a known widening may cut, round or
 * reinterpret a value without an error, so it deletes data (DataLossTest proves it on the
 * servers).
 */
public final class HazardRules {
  private static final Pattern SIZED = Pattern.compile("(.*?)\\((\\d+)(?:,\\s*(\\d+))?\\)(.*)");
  private final Set<String> wideningTypeChanges;
  private final Set<String> wideningCharsets;
  private final Set<String> replacedWithGap;

  /** @param wideningTypeChanges pairs {@code "from->to"} in canonical type spelling, lower case */
  public HazardRules(Set<String> wideningTypeChanges) {
    this(wideningTypeChanges, Set.of());
  }

  /**
   * @param wideningCharsets pairs {@code "from->to"} of character sets (a collation's name up to
   *     its first {@code _}) where {@code to} holds every character of {@code from}; a collation
   *     change between other character sets may replace characters
   */
  public HazardRules(Set<String> wideningTypeChanges, Set<String> wideningCharsets) {
    this(wideningTypeChanges, wideningCharsets, Set.of());
  }

  /**
   * @param replacedWithGap kinds of modelled objects a change replaces by a DROP and a CREATE
   *     that commit apart (MySQL's stored programs): in between, calls fail and triggers do not
   *     fire, so such a change carries {@link Hazard#CORRECTNESS}
   */
  public HazardRules(Set<String> wideningTypeChanges, Set<String> wideningCharsets, Set<String> replacedWithGap) {
    this.wideningTypeChanges = Set.copyOf(wideningTypeChanges);
    this.wideningCharsets = Set.copyOf(wideningCharsets);
    this.replacedWithGap = Set.copyOf(replacedWithGap);
  }

  /**
   * @param newTables tables this plan creates: they hold no rows yet, so steps on them can
   *     neither fail on existing data nor lock anyone out
   */
  Step step(Change change, Set<io.schemadiff.model.QName> newTables) {
    List<Hazard> hazards = hazards(change);
    if (newTables.contains(change.table())) {
      hazards.removeIf(h -> h != Hazard.DELETES_DATA && h != Hazard.NON_TRANSACTIONAL);
    }
    return new Step(change, hazards, change.describe());
  }

  List<Hazard> hazards(Change change) {
    Set<Hazard> h = EnumSet.noneOf(Hazard.class);
    switch (change.kind()) {
      case DROP_TABLE -> h.add(Hazard.DELETES_DATA);
      case ALTER_TABLE_OPTIONS -> {
        if (((Change.AlterTableOptions) change).changed("persistence")) {
          h.add(Hazard.BLOCKS_WRITES); // SET LOGGED / UNLOGGED rewrites the table
          h.add(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        }
      }
      case LEAVE_PARENTS, JOIN_PARENTS -> {
        h.add(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK); // ATTACH scans the rows against the bound
        h.add(Hazard.CORRECTNESS); // queries of the parent see other rows
      }
      case PARTITION_TABLE, UNPARTITION_TABLE -> {
        h.add(Hazard.BLOCKS_WRITES); // every row is copied into the new layout
        if (change.kind() == io.schemadiff.diff.ChangeKind.PARTITION_TABLE) {
          h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA); // a row that fits no partition
        }
      }
      case ALTER_PARTITIONS -> alterPartitions((Change.AlterPartitioning) change, h);
      case DROP_COLUMN -> {
        // A generated column's values are derived from the row: nothing is lost.
        if (((Change.DropColumn) change).column().generated() == null) {
          h.add(Hazard.DELETES_DATA);
        }
      }
      case ADD_COLUMN -> addColumn((AddColumn) change, h);
      case ALTER_COLUMN -> alterColumn((AlterColumn) change, h);
      case ADD_PRIMARY_KEY, ADD_UNIQUE -> {
        h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
        h.add(Hazard.INDEX_BUILD);
        h.add(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
      }
      case ADD_CHECK, ADD_FOREIGN_KEY -> h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
      case CREATE_INDEX -> {
        h.add(Hazard.INDEX_BUILD);
        if (((CreateIndex) change).index().unique()) {
          h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
        }
      }
      case DROP_INDEX, DROP_PRIMARY_KEY, DROP_UNIQUE -> h.add(Hazard.INDEX_DROPPED);
      case ADD_ENUM_VALUE -> h.add(Hazard.NON_TRANSACTIONAL);
      case ALTER_OBJECT -> {
        Change.AlterObject a = (Change.AlterObject) change;
        if (a.from().definition().alterMayFail(a.object().definition())) {
          h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
        }
        if (replacedWithGap.contains(a.object().kind())) {
          h.add(Hazard.CORRECTNESS);
        }
      }
      case DROP_OBJECT -> {
        if (((Change.DropObject) change).object().definition().holdsData()) {
          h.add(Hazard.DELETES_DATA);
        }
      }
      case RENAME_TABLE, RENAME_COLUMN -> h.add(Hazard.CORRECTNESS); // queries by the old name stop working
      case REPLACE_ENUM -> {
        Change.ReplaceEnum r = (Change.ReplaceEnum) change;
        if (!r.uses().isEmpty()) {
          h.add(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK); // each column is rewritten
          if (!r.removedValues().isEmpty()) {
            h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
            h.add(Hazard.DELETES_DATA); // rows holding a removed value cannot keep it
          }
        }
      }
      default -> { }
    }
    return new ArrayList<>(h);
  }

  /**
   * A partition that goes takes its rows with it. Reorganised partitions and a new number of
   * HASH/KEY partitions move rows (and fail on a row no new partition takes); a RANGE or LIST
   * partition added at the end is empty and cheap.
   */
  private static void alterPartitions(Change.AlterPartitioning change, Set<Hazard> h) {
    if (!change.byValue()) {
      h.add(Hazard.BLOCKS_WRITES);
      return;
    }
    io.schemadiff.diff.PartitionEdit edit = io.schemadiff.diff.PartitionEdit.of(change.partitions(false),
        change.partitions(true));
    if (!edit.dropped().isEmpty()) {
      h.add(Hazard.DELETES_DATA);
    }
    if (!edit.reorganised().isEmpty()) {
      h.add(Hazard.BLOCKS_WRITES);
      h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
    }
  }

  private static void addColumn(AddColumn change, Set<Hazard> h) {
    Column c = change.column();
    boolean filled = c.defaultValue() != null || c.identity() != Column.Identity.NONE
        || c.generated() != null || c.type().toLowerCase(Locale.ROOT).endsWith("serial");
    if (c.notNull() && !filled) {
      h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
    }
    if (c.generated() != null || (c.defaultValue() != null && c.defaultValue().contains("("))) {
      // A computed or volatile default fills every row: a table rewrite under lock.
      h.add(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
    }
  }

  private void alterColumn(AlterColumn change, Set<Hazard> h) {
    Set<ColumnAspect> a = change.aspects();
    if (a.contains(ColumnAspect.TYPE) || a.contains(ColumnAspect.COLLATION)
        || a.contains(ColumnAspect.GENERATED)) {
      h.add(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
      if (a.contains(ColumnAspect.TYPE) && !widens(change.from().type(), change.to().type())) {
        h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
        h.add(Hazard.DELETES_DATA); // cut, rounded or reinterpreted, often without an error
      }
      if (a.contains(ColumnAspect.COLLATION)
          && !holdsAll(change.from().collation(), change.to().collation())) {
        h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
        h.add(Hazard.DELETES_DATA); // characters the new set lacks are replaced or refused
      }
    }
    if (a.contains(ColumnAspect.NOT_NULL) && change.to().notNull()) {
      h.add(Hazard.MAY_FAIL_ON_EXISTING_DATA);
      h.add(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
    }
    if (a.contains(ColumnAspect.GENERATED) && change.to().generated() == null) {
      h.add(Hazard.CORRECTNESS); // values stop following their expression
    }
  }

  /**
   * True when a list of allowed values (MySQL ENUM, SET; lower-case spelling) only gains members
   * at its end: every stored value keeps its meaning and its internal number.
   */
  public static boolean appendsValues(String from, String to) {
    return (from.startsWith("enum(") || from.startsWith("set(")) && from.endsWith(")")
        && to.startsWith(from.substring(0, from.length() - 1) + ",");
  }

  /**
   * True when a column's characters survive its collation change: the same character set, or a
   * set the dialect knows to hold the old one. A missing collation is the server's default one.
   */
  boolean holdsAll(String fromCollation, String toCollation) {
    if (fromCollation == null || toCollation == null || wideningCharsets.isEmpty()) {
      return true; // PostgreSQL: a collation orders text, the encoding is the database's
    }
    String f = charset(fromCollation);
    String t = charset(toCollation);
    return f.equals(t) || wideningCharsets.contains(f + "->" + t);
  }

  private static String charset(String collation) {
    String c = collation.toLowerCase(Locale.ROOT);
    int cut = c.indexOf('_');
    return cut < 0 ? c : c.substring(0, cut);
  }

  /** tinyint(1) is not a width but the boolean convention (drivers read it as true/false). */
  private static final java.util.regex.Pattern INTEGER_WIDTH =
      java.util.regex.Pattern.compile("^(tinyint(?!\\(1\\)(?:\\s|$))|smallint|mediumint|int|bigint)\\(\\d+\\)");

  /** True when every value of {@code from} fits {@code to} unchanged. */
  boolean widens(String from, String to) {
    // An integer's display width (MariaDB's int(11)) only pads what a client shows.
    String f = INTEGER_WIDTH.matcher(from.toLowerCase(Locale.ROOT)).replaceFirst("$1");
    String t = INTEGER_WIDTH.matcher(to.toLowerCase(Locale.ROOT)).replaceFirst("$1");
    if (f.equals(t) || wideningTypeChanges.contains(f + "->" + t)) {
      return true;
    }
    if (appendsValues(f, t)) {
      return true;
    }
    Matcher mf = SIZED.matcher(f);
    Matcher mt = SIZED.matcher(t);
    if (mf.matches() && !mt.matches()) {
      // Any length or precision of a type the dialect widens as a whole: varchar(40) -> text.
      return wideningTypeChanges.contains(mf.group(1) + mf.group(4) + "->" + t);
    }
    if (!mf.matches() || !mt.matches()) {
      return false;
    }
    if (!mf.group(1).equals(mt.group(1)) || !mf.group(4).equals(mt.group(4))) {
      return false;
    }
    long fp = Long.parseLong(mf.group(2));
    long tp = Long.parseLong(mt.group(2));
    long fs = mf.group(3) == null ? 0 : Long.parseLong(mf.group(3));
    long ts = mt.group(3) == null ? 0 : Long.parseLong(mt.group(3));
    // Length grows, or precision grows by at least as much as the scale does.
    return ts >= fs && tp - ts >= fp - fs;
  }
}
