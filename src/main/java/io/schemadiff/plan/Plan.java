package io.schemadiff.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The ordered steps of a migration. */
public record Plan(List<Step> steps) {
  public Plan {
    steps = List.copyOf(steps);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
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
}
