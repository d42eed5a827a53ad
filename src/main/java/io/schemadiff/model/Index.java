package io.schemadiff.model;

import java.util.List;
import java.util.Map;

/**
 * An index that is not the backing index of a primary key or unique constraint. {@code where} is
 * the partial-index predicate, {@code include} the non-key columns, and {@code reads} every column
 * the index depends on (keys, expressions, predicate, include), which orders drops and creates.
 */
public record Index(
    String name,
    boolean unique,
    String method,
    List<IndexKey> keys,
    List<String> include,
    String where,
    List<String> reads,
    Map<String, String> attributes) {
  public Index {
    keys = List.copyOf(keys);
    include = List.copyOf(include);
    reads = List.copyOf(reads);
    attributes = Attributes.of(attributes);
  }

  /** The functions, types, collations and operator classes it uses (from the server's dependency catalog). */
  public List<ObjectRef> requires() {
    return Attributes.requires(attributes);
  }

  public Index withRequires(java.util.Collection<ObjectRef> refs) {
    return new Index(name, unique, method, keys, include, where, reads, Attributes.withRequires(attributes, refs));
  }

  /** Plain key columns (expression keys excluded). */
  public List<String> columns() {
    return keys.stream().filter(k -> k.column() != null).map(IndexKey::column).toList();
  }
}
