package io.schemadiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ByNameTest {
  record Item(String name, int value) {}

  @Test
  void sortsIntoAddedRemovedAndChangedInKeyOrder() {
    var from = List.of(new Item("b", 1), new Item("a", 1), new Item("c", 1));
    var to = List.of(new Item("d", 1), new Item("c", 2), new Item("b", 1));
    ByName.Result<Item> r = ByName.compare(from, to, Item::name);
    assertEquals(List.of(new Item("d", 1)), r.added());
    assertEquals(List.of(new Item("a", 1)), r.removed());
    assertEquals(List.of(new ByName.Pair<>(new Item("c", 1), new Item("c", 2))), r.changed());
  }

  @Test
  void identicalListsHaveNoDifferences() {
    var items = List.of("x", "y");
    ByName.Result<String> r = ByName.compare(items, items, Function.identity());
    assertEquals(0, r.added().size() + r.removed().size() + r.changed().size());
  }
}
