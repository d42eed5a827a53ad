package io.schemadiff.model;

import java.util.List;

/**
 * An exclusion constraint of a table, as the server prints it ({@code EXCLUDE USING gist (…)}),
 * and the columns it reads. Its index takes its name among the schema's relations. A changed one
 * is dropped and added again.
 */
public record ExclusionConstraint(QName table, String definition, List<String> columns) implements Definition {
  public ExclusionConstraint {
    columns = List.copyOf(columns);
  }

  @Override
  public Namespace namespace() {
    return Namespace.RELATION;
  }

  @Override
  public List<ObjectRef> droppedWith() {
    return List.of(ObjectRef.of("table", table.schema(), table.name()));
  }

  @Override
  public List<ObjectRef> uses() {
    List<ObjectRef> refs = new java.util.ArrayList<>(droppedWith());
    columns.forEach(c -> refs.add(ObjectRef.column(table, c)));
    return refs;
  }
}
