package io.schemadiff.plan;

import io.schemadiff.diff.Change;
import java.util.List;

/**
 * One planned change with what the user must know about it. {@code online} says how the server
 * can run it on a table in use, where the dialect knows; otherwise null.
 */
public record Step(Change change, List<Hazard> hazards, String comment, OnlineDdl online) {
  public Step {
    hazards = List.copyOf(hazards);
  }

  public Step(Change change, List<Hazard> hazards, String comment) {
    this(change, hazards, comment, null);
  }
}
