package io.schemadiff.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Dialect extras carried on model objects: sorted, immutable, never null. */
public final class Attributes {
  private Attributes() {}

  public static Map<String, String> of(Map<String, String> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /** Attribute (MySQL): the account a view or stored program runs as, when not the reader's. */
  public static final String DEFINER = "definer";

  /** The same attributes without {@code keys}. */
  public static Map<String, String> without(Map<String, String> attributes, String... keys) {
    return without(attributes, java.util.List.of(keys));
  }

  /** The same attributes without {@code keys}. */
  public static Map<String, String> without(Map<String, String> attributes, java.util.Collection<String> keys) {
    Map<String, String> m = new TreeMap<>(attributes);
    m.keySet().removeAll(keys);
    return of(m);
  }

  /** Only the attributes among {@code keys}. */
  public static Map<String, String> only(Map<String, String> attributes, java.util.Collection<String> keys) {
    Map<String, String> m = new TreeMap<>(attributes);
    m.keySet().retainAll(keys);
    return of(m);
  }

  /** Attribute: what an object's expressions or type need to exist first (functions, types, sequences). */
  public static final String REQUIRES = "requires";

  /** What {@code attributes} say must exist first, from {@link #REQUIRES}. */
  public static java.util.List<ObjectRef> requires(Map<String, String> attributes) {
    String v = attributes.get(REQUIRES);
    return v == null ? java.util.List.of()
        : java.util.Arrays.stream(v.split(Column.LIST_SEPARATOR)).map(ObjectRef::decode).toList();
  }

  /** The same attributes noting {@code refs} as what is required (none: the note removed). */
  public static Map<String, String> withRequires(Map<String, String> attributes, java.util.Collection<ObjectRef> refs) {
    Map<String, String> m = new TreeMap<>(attributes);
    m.remove(REQUIRES);
    if (!refs.isEmpty()) {
      m.put(REQUIRES, String.join(Column.LIST_SEPARATOR,
          new java.util.TreeSet<>(refs).stream().map(ObjectRef::encode).toList()));
    }
    return of(m);
  }

  /** The attributes without what follows from the definition itself (what it requires). */
  public static Map<String, String> withoutRequires(Map<String, String> attributes) {
    return attributes.containsKey(REQUIRES) ? withRequires(attributes, java.util.List.of()) : attributes;
  }
}
