package io.schemadiff.diff;

import io.schemadiff.diff.ByName.Pair;
import io.schemadiff.diff.ByName.Result;
import io.schemadiff.diff.Change.AddEnumValue;
import io.schemadiff.diff.Change.ColumnUse;
import io.schemadiff.diff.Change.CreateEnum;
import io.schemadiff.diff.Change.DropEnum;
import io.schemadiff.diff.Change.ReplaceEnum;
import io.schemadiff.model.Column;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The enum part of {@link SchemaDiffer}: enumerated types matched by name. */
final class EnumDiff {
  private EnumDiff() {}

  /**
   * Enums: values only added (in any place) are added in place; any other change replaces the
   * type, converting the columns of it that stay.
   */
  static void diff(Schema from, Schema to, List<Change> changes) {
    Result<EnumType> enums = ByName.compare(from.enums(), to.enums(), EnumType::name);
    enums.added().forEach(e -> changes.add(new CreateEnum(e)));
    enums.removed().forEach(e -> changes.add(new DropEnum(e)));
    for (Pair<EnumType> pair : enums.changed()) {
      List<String> before = pair.from().values();
      List<String> after = pair.to().values();
      if (isSubsequence(before, after)) {
        addValues(pair.from(), pair.to(), changes);
      } else {
        changes.add(new ReplaceEnum(pair.from(), pair.to(), uses(from, to, pair.to().name())));
      }
    }
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int i = 0;
    for (String v : whole) {
      if (i < part.size() && part.get(i).equals(v)) {
        i++;
      }
    }
    return i == part.size();
  }

  /** Each new value goes after its predecessor; one that leads goes before the first old value. */
  private static void addValues(EnumType from, EnumType to, List<Change> changes) {
    List<String> after = to.values();
    Set<String> old = new HashSet<>(from.values());
    String firstOld = after.stream().filter(old::contains).findFirst().orElse(null);
    for (int i = 0; i < after.size(); i++) {
      String v = after.get(i);
      if (!old.contains(v)) {
        String predecessor = i > 0 ? after.get(i - 1) : null;
        changes.add(new AddEnumValue(from, to, v, predecessor, predecessor == null ? firstOld : null, i));
      }
    }
  }

  /** Columns of the type on both sides, in tables on both sides. */
  private static List<ColumnUse> uses(Schema from, Schema to, QName type) {
    Map<QName, Table> old = new HashMap<>();
    from.tables().forEach(t -> old.put(t.name(), t));
    List<ColumnUse> uses = new ArrayList<>();
    for (Table t : to.tables()) {
      Table before = old.get(t.name());
      if (before == null) {
        continue;
      }
      for (Column c : t.columns()) {
        Column was = before.column(c.name());
        // A column a partition or child inherits is converted with its parent's.
        boolean inherited = was != null && was.attributes().containsKey(Column.INHERITED)
            && c.attributes().containsKey(Column.INHERITED);
        if (type.equals(c.typeRef()) && was != null && type.equals(was.typeRef()) && !inherited) {
          uses.add(new ColumnUse(t.name(), was, c));
        }
      }
    }
    return uses;
  }
}
