package io.schemadiff.diff;

import io.schemadiff.model.Column;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which kept columns must move so a table's columns end in the target order: all but a longest
 * common subsequence of the old and new orders, the fewest moves there are.
 */
final class ColumnOrder {
  private ColumnOrder() {}

  /** @param recreated columns dropped and added anyway; they are placed by their add */
  static Set<String> moved(Table from, Table to, Set<String> recreated) {
    List<String> before = kept(from, to, recreated);
    List<String> after = kept(to, from, recreated);
    int n = before.size();
    int m = after.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = before.get(i).equals(after.get(j))
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    Set<String> stay = new HashSet<>();
    for (int i = 0, j = 0; i < n && j < m; ) {
      if (before.get(i).equals(after.get(j))) {
        stay.add(before.get(i));
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    Set<String> moved = new HashSet<>(after);
    moved.removeAll(stay);
    return moved;
  }

  /** Names of {@code table}'s columns, in order, that {@code other} also has and are not recreated. */
  private static List<String> kept(Table table, Table other, Set<String> recreated) {
    List<String> names = new ArrayList<>();
    for (Column c : table.columns()) {
      if (other.column(c.name()) != null && !recreated.contains(c.name())) {
        names.add(c.name());
      }
    }
    return names;
  }
}
