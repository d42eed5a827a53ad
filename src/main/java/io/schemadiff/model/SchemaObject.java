package io.schemadiff.model;

import java.util.List;

/**
 * A modelled object beside tables and views: its name, its definition, its comment, and what
 * the server records it as depending on ({@code requires}, from the dependency catalog; the
 * definition's own {@link Definition#uses} come on top).
 */
public record SchemaObject(ObjectRef ref, Definition definition, String comment, List<ObjectRef> requires)
    implements Comparable<SchemaObject> {
  public SchemaObject {
    requires = requires == null ? List.of() : List.copyOf(new java.util.TreeSet<>(requires));
  }

  public String kind() {
    return definition.kind();
  }

  /** Everything the object needs to exist first: an object of a table needs the table. */
  public List<ObjectRef> dependencies() {
    java.util.Set<ObjectRef> all = new java.util.TreeSet<>(requires);
    all.addAll(definition.uses());
    all.addAll(holder());
    all.remove(ref);
    return List.copyOf(all);
  }

  /** What it goes away with (see {@link Definition#droppedWith}); an object of a table, with the table. */
  public List<ObjectRef> droppedWith() {
    java.util.Set<ObjectRef> all = new java.util.TreeSet<>(definition.droppedWith());
    all.addAll(holder());
    return List.copyOf(all);
  }

  private List<ObjectRef> holder() {
    return ref.table().isEmpty() ? List.of() : List.of(ObjectRef.of("table", ref.schema(), ref.table()));
  }

  public SchemaObject withDefinition(Definition d) {
    return new SchemaObject(ref, d, comment, requires);
  }

  @Override
  public int compareTo(SchemaObject o) {
    return ref.compareTo(o.ref);
  }
}
