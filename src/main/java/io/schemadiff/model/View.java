package io.schemadiff.model;

import java.util.List;
import java.util.Map;

/**
 * A view: {@code definition} is the server's canonical query text; {@code reads} are the tables
 * and views it selects from, which orders creates and drops. Options such as MySQL's ALGORITHM
 * and SQL SECURITY, or WITH CHECK OPTION, go in attributes.
 */
public record View(QName name, String definition, List<QName> reads, Map<String, String> attributes) {
  public View {
    reads = List.copyOf(reads);
    attributes = Attributes.of(attributes);
  }
}
