package io.schemadiff.model;

import java.util.Comparator;

/** An object present in a schema that schemadiff does not model, e.g. a trigger or a function. */
public record NotCompared(String kind, QName name) implements Comparable<NotCompared> {
  private static final Comparator<NotCompared> ORDER =
      Comparator.comparing(NotCompared::kind).thenComparing(NotCompared::name);

  @Override
  public int compareTo(NotCompared other) {
    return ORDER.compare(this, other);
  }
}
