package io.schemadiff.model;

import java.util.List;

/**
 * A sequence: its value type, options and the column that owns it ({@code null}: none). The
 * current value is data, not schema, and is not compared.
 */
public record Sequence(String type, long start, long increment, long min, long max, long cache,
    boolean cycle, ColumnRef ownedBy) implements Definition {
  @Override
  public Namespace namespace() {
    return Namespace.RELATION;
  }

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof Sequence;
  }

  /** Narrower bounds fail when the current value is outside them; schemadiff never restarts one. */
  @Override
  public boolean alterMayFail(Definition other) {
    Sequence to = (Sequence) other;
    return to.min > min || to.max < max;
  }

  @Override
  public Definition detached() {
    return ownedBy == null ? this : new Sequence(type, start, increment, min, max, cache, cycle, null);
  }

  @Override
  public List<ObjectRef> droppedWith() {
    return uses();
  }

  @Override
  public List<ObjectRef> uses() {
    return ownedBy == null ? List.of() : List.of(ObjectRef.column(ownedBy.table(), ownedBy.column()));
  }
}
