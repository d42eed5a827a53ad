package io.schemadiff.model;

import java.util.List;
import java.util.Map;

/**
 * A view: {@code definition} is the server's canonical query text; {@code reads} are the tables
 * and views it selects from, which orders creates and drops; {@code readsColumns} the columns of
 * those it reads, where the dialect binds a view to them (PostgreSQL), else empty. Options such
 * as MySQL's ALGORITHM and SQL SECURITY, or WITH CHECK OPTION, go in attributes.
 */
public record View(QName name, String definition, List<QName> reads, List<ColumnRef> readsColumns,
    Map<String, String> attributes) {
  public View {
    reads = List.copyOf(reads);
    // Snapshots written before views recorded column reads have none.
    readsColumns = readsColumns == null ? List.of() : List.copyOf(readsColumns);
    attributes = Attributes.of(attributes);
  }

  public View(QName name, String definition, List<QName> reads, Map<String, String> attributes) {
    this(name, definition, reads, List.of(), attributes);
  }
}
