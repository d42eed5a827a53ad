package io.schemadiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.schemadiff.model.Column;
import io.schemadiff.model.QName;
import io.schemadiff.model.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnOrderTest {
  private static Table table(String... columns) {
    List<Column> cols = Arrays.stream(columns)
        .map(n -> new Column(n, "int", false, null, null, null, null, null, Map.of())).toList();
    return new Table(new QName("", "t"), cols, null, List.of(), List.of(), List.of(), List.of(), null, Map.of());
  }

  @Test
  void movesOnlyWhatLeavesTheLongestCommonOrder() {
    assertEquals(Set.of("d"), ColumnOrder.moved(table("a", "b", "c", "d"), table("d", "a", "b", "c"), Set.of()));
    assertEquals(Set.of(), ColumnOrder.moved(table("a", "b", "c"), table("a", "x", "b", "c"), Set.of()));
  }

  @Test
  void reversalMovesAllButOne() {
    assertEquals(3, ColumnOrder.moved(table("a", "b", "c", "d"), table("d", "c", "b", "a"), Set.of()).size());
  }

  @Test
  void droppedAddedAndRecreatedColumnsAreNotMoved() {
    assertEquals(Set.of(), ColumnOrder.moved(table("a", "gone", "b", "r"), table("r", "a", "new", "b"), Set.of("r")));
  }
}
