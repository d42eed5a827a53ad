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
}
