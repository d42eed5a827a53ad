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
  private final PlanRules rules;
  private final boolean online;

  public Planner(HazardRules hazards, PlanRules rules) {
    this(hazards, rules, false);
  }

  /** @param online use the dialect's online forms for steps that are not clauses (PostgreSQL) */
  public Planner(HazardRules hazards, PlanRules rules, boolean online) {
    this.hazards = hazards;
    this.rules = rules;
    this.online = online;
  }

  public Plan plan(List<Change> changes) {
    return plan(changes, io.schemadiff.model.Schema.empty("", List.of()));
  }

  /** @param before the current state, for rules that depend on the table a change acts on */
  public Plan plan(List<Change> changes, io.schemadiff.model.Schema before) {
    Map<io.schemadiff.model.QName, io.schemadiff.model.Table> tables = new HashMap<>();
    before.tables().forEach(t -> tables.put(t.name(), t));
    Refusals.check(changes, before);
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(rules.tieBreak());
    int n = sorted.size();
    List<Footprint> prints = sorted.stream().map(c -> Footprint.of(c, rules)).toList();
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
        if (r.kind().isName()) {
          edges(droppers.get(r), i, after);        // a name is free only after its drop
        }
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
    List<Step> steps = order(sorted, after).stream().map(c -> step(c, newTables, tables)).toList();
    List<List<Step>> batches = Plan.group(steps, rules.clauses(), rules.onlineDdl());
    return new Plan(batches.stream().flatMap(List::stream).toList(), batches);
  }

  /** @param tables the tables as they are before the migration, by name */
  private Step step(Change change, Set<io.schemadiff.model.QName> newTables,
      Map<io.schemadiff.model.QName, io.schemadiff.model.Table> tables) {
    Step s = hazards.step(change, newTables);
    if (rules.onlineDdl() == null || newTables.contains(change.table())) {
      return s; // no rows, no readers: nothing to run online
    }
    // Outside ALTER TABLE clauses a form is used only when asked for (PostgreSQL --online).
    boolean clause = rules.clauses().contains(change.kind());
    if (!clause && !online) {
      return s;
    }
    OnlineDdl form = rules.onlineDdl().classify(change, tables.get(change.table()));
    return clause || form != null ? inForm(s, form) : s;
  }

  /**
   * The step as the dialect runs it on a table in use, which replaces the generic lock hazard:
   * a copy or shared in-place change blocks writes; CONCURRENTLY runs outside a transaction.
   */
  private static Step inForm(Step s, OnlineDdl form) {
    List<Hazard> h = new ArrayList<>(s.hazards());
    h.remove(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
    Hazard implied = form == OnlineDdl.COPY || form == OnlineDdl.INPLACE_SHARED ? Hazard.BLOCKS_WRITES
        : form == OnlineDdl.CONCURRENT ? Hazard.NON_TRANSACTIONAL : null;
    if (implied != null && !h.contains(implied)) {
      h.add(implied);
    }
    return new Step(s.change(), h, s.comment(), form);
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

}
