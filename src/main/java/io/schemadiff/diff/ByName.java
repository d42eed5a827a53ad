package io.schemadiff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The one list differ: matches two lists by key and sorts the result into added, removed and
 * changed. Every level of the schema (tables, columns, constraints, indexes) goes through it.
 * Linear in the list sizes; results come in key order so output never depends on input order.
 */
public final class ByName {
  private ByName() {}

  public record Pair<T>(T from, T to) {}

  public record Result<T>(List<T> added, List<T> removed, List<Pair<T>> changed) {}

  public static <T, K extends Comparable<K>> Result<T> compare(
      List<T> from, List<T> to, Function<T, K> key, BiPredicate<T, T> same) {
    Map<K, T> before = index(from, key);
    Map<K, T> after = index(to, key);
    List<T> added = new ArrayList<>();
    List<T> removed = new ArrayList<>();
    List<Pair<T>> changed = new ArrayList<>();
    for (Map.Entry<K, T> e : after.entrySet()) {
      T old = before.get(e.getKey());
      if (old == null) {
        added.add(e.getValue());
      } else if (!same.test(old, e.getValue())) {
        changed.add(new Pair<>(old, e.getValue()));
      }
    }
    for (Map.Entry<K, T> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        removed.add(e.getValue());
      }
    }
    return new Result<>(added, removed, changed);
  }

  public static <T, K extends Comparable<K>> Result<T> compare(
      List<T> from, List<T> to, Function<T, K> key) {
    return compare(from, to, key, Objects::equals);
  }

  private static <T, K extends Comparable<K>> Map<K, T> index(List<T> items, Function<T, K> key) {
    Map<K, T> map = new TreeMap<>();
    for (T item : items) {
      map.put(key.apply(item), item);
    }
    return map;
  }
}
