package io.schemadiff.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text search configuration: its parser and, for each token type, the dictionaries tried in
 * order (all schema-qualified). Mappings are altered in place; a new parser is a new configuration.
 */
public record TextSearchConfiguration(String parser, List<Mapping> mappings) implements Definition {
  public TextSearchConfiguration {
    mappings = List.copyOf(mappings);
  }

  /** The dictionaries of one token type, in the order they are consulted. */
  public record Mapping(String token, List<String> dictionaries) {
    public Mapping {
      dictionaries = List.copyOf(dictionaries);
    }
  }

  /** Token types that share a list of dictionaries, so one statement maps them all. */
  public record Group(List<String> tokens, List<String> dictionaries) {}

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof TextSearchConfiguration c && c.parser.equals(parser);
  }

  /** The mappings, grouped by their dictionaries, in the order their first token type comes. */
  public List<Group> groups() {
    return groups(mappings);
  }

  /** Token types {@code other} maps that this does not. */
  public List<Group> added(TextSearchConfiguration other) {
    return groups(other.mappings.stream().filter(m -> dictionaries(m.token) == null).toList());
  }

  /** Token types both map, to other dictionaries in {@code other}. */
  public List<Group> changed(TextSearchConfiguration other) {
    return groups(other.mappings.stream()
        .filter(m -> dictionaries(m.token) != null && !dictionaries(m.token).equals(m.dictionaries)).toList());
  }

  /** Token types this maps and {@code other} does not. */
  public List<String> removed(TextSearchConfiguration other) {
    return mappings.stream().map(Mapping::token).filter(t -> other.dictionaries(t) == null).toList();
  }

  private List<String> dictionaries(String token) {
    return mappings.stream().filter(m -> m.token.equals(token)).map(Mapping::dictionaries).findFirst().orElse(null);
  }

  private static List<Group> groups(List<Mapping> mappings) {
    Map<List<String>, List<String>> byDictionaries = new LinkedHashMap<>();
    for (Mapping m : mappings) {
      byDictionaries.computeIfAbsent(m.dictionaries, k -> new ArrayList<>()).add(m.token);
    }
    List<Group> out = new ArrayList<>();
    byDictionaries.forEach((dictionaries, tokens) -> out.add(new Group(List.copyOf(tokens), dictionaries)));
    return out;
  }

  /** The server holds it to what it is made of: when one of those is re-created, so is this. */
  @Override
  public boolean bindsWhatItUses() {
    return true;
  }
}
