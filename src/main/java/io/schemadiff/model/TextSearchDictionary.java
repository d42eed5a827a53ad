package io.schemadiff.model;

import java.util.List;

/**
 * A text search dictionary: its template (schema-qualified) and options, by name, each value the
 * quoted literal the server stores. Options are altered in place; a new template is a new
 * dictionary.
 */
public record TextSearchDictionary(String template, List<Option> options) implements Definition {
  public TextSearchDictionary {
    options = List.copyOf(options);
  }

  /** One option: its name as the server writes it (quoted where it must be) and its literal value. */
  public record Option(String name, String value) {}

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof TextSearchDictionary d && d.template.equals(template);
  }

  /** The options this has that {@code other} lacks: they are reset to the template's default. */
  public List<Option> optionsRemoved(TextSearchDictionary other) {
    return options.stream().filter(o -> other.options.stream().noneMatch(n -> n.name.equals(o.name))).toList();
  }

  /** The server holds it to what it is made of: when one of those is re-created, so is this. */
  @Override
  public boolean bindsWhatItUses() {
    return true;
  }
}
