package io.schemadiff.plan;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.ChangeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders changes from their dependencies (see {@link Footprint}), then by a fixed tie-break, so
 * the plan is the same whatever order the changes arrive in.
 */
public final class Planner {
  private final HazardRules hazards;

  public Planner(HazardRules hazards) {
    this.hazards = hazards;
  }

  public Plan plan(List<Change> changes) {
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(TIE_BREAK);
    int n = sorted.size();
    List<Footprint> prints = sorted.stream().map(Footprint::of).toList();
    List<Set<Integer>> after = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      after.add(new TreeSet<>());
    }
    Map<Ref, List<Integer>> creators = byRef(prints, f -> f.creates);
    Map<Ref, List<Integer>> droppers = byRef(prints, f -> f.drops);
    for (int i = 0; i < n; i++) {
      Footprint f = prints.get(i);
      for (Ref r : f.newUses) {
        edges(creators.get(r), i, after);          // use the new thing after it exists
      }
      for (Ref r : f.creates) {
        edges(droppers.get(r), i, after);          // a name is free only after its drop
      }
      for (Ref r : f.oldUses) {
        for (int dropper : droppers.getOrDefault(r, List.of())) {
          if (dropper != i) {
            after.get(dropper).add(i);             // stop using the old thing before it goes
          }
        }
      }
    }
    Set<io.schemadiff.model.QName> newTables = new java.util.HashSet<>();
    for (Change c : changes) {
      if (c.kind() == ChangeKind.CREATE_TABLE) {
        newTables.add(c.table());
      }
    }
    return new Plan(order(sorted, after).stream().map(c -> hazards.step(c, newTables)).toList());
  }

  private static void edges(List<Integer> before, int i, List<Set<Integer>> after) {
    if (before == null) {
      return;
    }
    for (int b : before) {
      if (b != i) {
        after.get(i).add(b);
      }
    }
  }

  private static Map<Ref, List<Integer>> byRef(
      List<Footprint> prints, java.util.function.Function<Footprint, Set<Ref>> refs) {
    Map<Ref, List<Integer>> map = new HashMap<>();
    for (int i = 0; i < prints.size(); i++) {
      for (Ref r : refs.apply(prints.get(i))) {
        map.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
      }
    }
    return map;
  }

  /** Kahn's algorithm; among ready changes the tie-break order (indices are already sorted by it). */
  private static List<Change> order(List<Change> sorted, List<Set<Integer>> after) {
    int n = sorted.size();
    int[] waiting = new int[n];
    List<List<Integer>> released = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      released.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      waiting[i] = after.get(i).size();
      for (int b : after.get(i)) {
        released.get(b).add(i);
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    List<Change> out = new ArrayList<>(n);
    while (!ready.isEmpty()) {
      int i = ready.poll();
      out.add(sorted.get(i));
      for (int next : released.get(i)) {
        if (--waiting[next] == 0) {
          ready.add(next);
        }
      }
    }
    if (out.size() < n) {
      List<String> stuck = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (waiting[i] > 0) {
          stuck.add(sorted.get(i).describe());
        }
      }
      throw new PlanException("plan: cannot order changes that depend on each other: "
          + String.join(", ", stuck));
    }
    return out;
  }

  /**
   * Among independent changes: drops before creates (they free names and dependencies), keys
   * before the foreign keys that need them, then by table and object name for stable output.
   */
  static final Comparator<Change> TIE_BREAK = Comparator
      .comparingInt((Change c) -> rank(c.kind()))
      .thenComparing(Change::table)
      .thenComparing(Change::sortKey)
      .thenComparing(Change::toString);

  private static int rank(ChangeKind kind) {
    return switch (kind) {
      case DROP_FOREIGN_KEY -> 0;
      case DROP_INDEX -> 1;
      case DROP_CHECK -> 2;
      case DROP_UNIQUE -> 3;
      case DROP_PRIMARY_KEY -> 4;
      case DROP_COLUMN -> 5;
      case DROP_TABLE -> 6;
      case DROP_SCHEMA -> 7;
      case CREATE_SCHEMA -> 8;
      case CREATE_TABLE -> 9;
      case ADD_COLUMN -> 10;
      case ALTER_COLUMN -> 11;
      case SET_TABLE_COMMENT -> 12;
      case ADD_PRIMARY_KEY -> 13;
      case ADD_UNIQUE -> 14;
      case ADD_CHECK -> 15;
      case CREATE_INDEX -> 16;
      case ADD_FOREIGN_KEY -> 17;
    };
  }
}
