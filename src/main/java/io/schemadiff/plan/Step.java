package io.schemadiff.plan;

import io.schemadiff.diff.Change;
import java.util.List;

/** One planned change with what the user must know about it. */
public record Step(Change change, List<Hazard> hazards, String comment) {
  public Step {
    hazards = List.copyOf(hazards);
  }
}
