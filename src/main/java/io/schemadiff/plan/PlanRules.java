package io.schemadiff.plan;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.ChangeKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a dialect tells the planner, as data.
 *
 * @param phases change kinds in tie-break order; kinds of one phase are ordered table by table, so
 *     a table's changes of that phase sit together (and can share one statement)
 * @param indexNamesPerTable index names are unique per table (MySQL), not per schema
 * @param foreignKeysNeedIndex a foreign key's columns must lead some index (MySQL)
 * @param placesColumns columns are placed after a given column (MySQL), so placements are ordered
 * @param clauses kinds that are clauses of one {@code ALTER TABLE}: consecutive steps of these
 *     kinds on one table are combined into one statement
 * @param onlineDdl how each step can run while the table is in use; {@code null} when the
 *     dialect does not say
 * @param identitySequence how the server names an identity column's sequence (a format of table
 *     and column, PostgreSQL {@code %s_%s_seq}), a name the column takes from other sequences;
 *     "" when identities have none
 */
public record PlanRules(List<List<ChangeKind>> phases, boolean indexNamesPerTable,
    boolean foreignKeysNeedIndex, boolean placesColumns, Set<ChangeKind> clauses, OnlineDdlRules onlineDdl,
    String identitySequence) {
  public PlanRules {
    identitySequence = identitySequence == null ? "" : identitySequence;
    phases = phases.stream().map(List::copyOf).toList();
    clauses = clauses.isEmpty() ? Set.of() : Set.copyOf(clauses);
    Set<ChangeKind> listed = new java.util.HashSet<>();
    phases.forEach(listed::addAll);
    if (!listed.containsAll(List.of(ChangeKind.values()))) {
      List<ChangeKind> missing = new ArrayList<>(List.of(ChangeKind.values()));
      missing.removeAll(listed);
      throw new IllegalArgumentException("plan.order does not list " + missing);
    }
  }

  /** Parses {@code DROP_VIEW, DROP_FOREIGN_KEY | CREATE_TABLE | …}: phases separated by bars. */
  public static List<List<ChangeKind>> parsePhases(String text) {
    List<List<ChangeKind>> phases = new ArrayList<>();
    for (String phase : text.split("\\|")) {
      List<ChangeKind> kinds = new ArrayList<>();
      for (String k : phase.split(",")) {
        if (!k.isBlank()) {
          kinds.add(ChangeKind.valueOf(k.strip()));
        }
      }
      phases.add(kinds);
    }
    return phases;
  }

  /** Tie-break: phase, then table, then kind within the phase, then the object's sort key. */
  java.util.Comparator<Change> tieBreak() {
    Map<ChangeKind, int[]> rank = new EnumMap<>(ChangeKind.class);
    for (int p = 0; p < phases.size(); p++) {
      for (int k = 0; k < phases.get(p).size(); k++) {
        rank.put(phases.get(p).get(k), new int[] {p, k});
      }
    }
    return java.util.Comparator
        .comparingInt((Change c) -> rank.get(c.kind())[0])
        .thenComparing(Change::table)
        .thenComparingInt(c -> rank.get(c.kind())[1])
        .thenComparing(Change::sortKey)
        .thenComparing(Change::toString);
  }
}
