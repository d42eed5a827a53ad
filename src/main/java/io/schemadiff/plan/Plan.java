package io.schemadiff.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered steps of a migration, and how they group into statements: a batch of several steps
 * is one statement (clauses of one {@code ALTER TABLE}); most batches hold one step.
 */
public record Plan(List<Step> steps, List<List<Step>> batches) {
  public Plan {
    steps = List.copyOf(steps);
    batches = batches.stream().map(List::copyOf).toList();
  }

  /** Every step its own statement. */
  public Plan(List<Step> steps) {
    this(steps, steps.stream().map(List::of).toList());
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** Whether a batch must run outside any transaction block (CONCURRENTLY, a new enum value). */
  public static boolean apart(List<Step> batch) {
    return batch.stream().anyMatch(s -> s.hazards().contains(Hazard.NON_TRANSACTIONAL));
  }

  /** Whether some batch must run outside a transaction. */
  public boolean hasApart() {
    return batches.stream().anyMatch(Plan::apart);
  }

  /** Whether every batch must run outside a transaction (false for an empty plan). */
  public boolean apart() {
    return !batches.isEmpty() && batches.stream().allMatch(Plan::apart);
  }

  /**
   * The plan cut where it enters or leaves its non-transactional batches, so that each part runs
   * whole in one transaction or has none: for a tool that runs a file (Flyway) or a changeset
   * (Liquibase) either one way or the other. With {@code eachApart}, every non-transactional
   * batch is a part of its own (a changeset that fails half-way is not recorded, so it is best
   * one statement).
   */
  public List<Plan> parts(boolean eachApart) {
    List<Plan> parts = new ArrayList<>();
    List<List<Step>> current = new ArrayList<>();
    for (List<Step> batch : batches) {
      boolean cut = !current.isEmpty()
          && (apart(current.get(0)) != apart(batch) || eachApart && apart(batch));
      if (cut) {
        parts.add(of(current));
        current = new ArrayList<>();
      }
      current.add(batch);
    }
    if (!current.isEmpty()) {
      parts.add(of(current));
    }
    return parts;
  }

  private static Plan of(List<List<Step>> batches) {
    return new Plan(batches.stream().flatMap(List::stream).toList(), batches);
  }

  /** Hazards present in the plan that are destructive and not in {@code allowed}. */
  public Set<Hazard> refused(Set<Hazard> allowed) {
    Set<Hazard> refused = EnumSet.noneOf(Hazard.class);
    for (Step s : steps) {
      for (Hazard h : s.hazards()) {
        if (h.destructive() && !allowed.contains(h)) {
          refused.add(h);
        }
      }
    }
    return refused;
  }

  /** The most disruptive way any step of a batch runs, or null if the dialect does not say. */
  public static OnlineDdl online(List<Step> batch) {
    OnlineDdl worst = null;
    for (Step s : batch) {
      if (s.online() != null) {
        worst = worst == null ? s.online() : worst.max(s.online());
      }
    }
    return worst;
  }

  /**
   * Consecutive clause steps on one table share a statement. Within such a run, INSTANT steps are
   * kept apart from the rest (INSTANT is all or nothing: joined with in-place work, they would
   * rebuild the table too) and go first, unless the run moves columns, whose order must hold.
   */
  static List<List<Step>> group(List<Step> steps, Set<io.schemadiff.diff.ChangeKind> clauses,
      OnlineDdlRules rules) {
    List<List<Step>> batches = new ArrayList<>();
    int i = 0;
    while (i < steps.size()) {
      Step first = steps.get(i);
      int j = i + 1;
      if (clauses.contains(first.change().kind())) {
        while (j < steps.size() && clauses.contains(steps.get(j).change().kind())
            && steps.get(j).change().table().equals(first.change().table())) {
          j++;
        }
      }
      List<Step> run = new ArrayList<>(steps.subList(i, j));
      if (run.stream().noneMatch(Plan::movesColumn) && !ordered(run)) {
        List<Step> instantFirst = new ArrayList<>(run.stream().filter(Plan::instant).toList());
        run.stream().filter(st -> !instant(st)).forEach(instantFirst::add);
        run = instantFirst;
      }
      // A table copied anyway takes its instantly added columns in the same statement, not a pass
      // of their own. (Not a default set alone: MySQL will not copy rows under a new uuid() default.)
      boolean copies = run.stream().anyMatch(st -> st.online() == OnlineDdl.COPY);
      List<Step> current = null;
      for (Step st : run) {
        boolean joins = current != null && (instant(current.get(0)) == instant(st)
            || copies && joinsCopy(st) && current.stream().allMatch(Plan::joinsCopy))
            && (rules == null || rules.canJoin(current.stream().map(Step::change).toList(), st.change()));
        if (!joins) {
          current = new ArrayList<>();
          batches.add(current);
        }
        current.add(st);
      }
      i = j;
    }
    return batches;
  }

  /**
   * Whether a run's order must stay as planned rather than instant steps first: a column added
   * after, or computed from, a column the run adds; a new table default collation, which columns
   * added after it inherit.
   */
  private static boolean ordered(List<Step> run) {
    java.util.Set<String> added = new java.util.HashSet<>();
    for (Step st : run) {
      if (st.change() instanceof io.schemadiff.diff.Change.AddColumn a) {
        added.add(a.column().name());
      }
    }
    for (Step st : run) {
      if (st.change().kind() == io.schemadiff.diff.ChangeKind.ALTER_TABLE_OPTIONS) {
        return true;
      }
      if (st.change() instanceof io.schemadiff.diff.Change.AddColumn a
          && (added.contains(a.after()) || a.column().generated() != null
              && added.stream().anyMatch(n -> !n.equals(a.column().name()) && a.column().generated().contains(n)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean joinsCopy(Step s) {
    return !instant(s) || s.change() instanceof io.schemadiff.diff.Change.AddColumn;
  }

  private static boolean instant(Step s) {
    return s.online() == OnlineDdl.INSTANT;
  }

  private static boolean movesColumn(Step s) {
    return s.change() instanceof io.schemadiff.diff.Change.AlterColumn a
        && a.aspects().contains(io.schemadiff.diff.ColumnAspect.POSITION);
  }
}
