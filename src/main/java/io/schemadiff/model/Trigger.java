package io.schemadiff.model;

import java.util.Map;

/**
 * A trigger on a table or view, compared by the server's own {@code pg_get_triggerdef} (timing,
 * events, {@code UPDATE OF} columns, {@code WHEN}, row or statement, constraint trigger options,
 * the function and its arguments), and when it fires: {@code O} (origin, the default), {@code D}
 * (disabled), {@code R} (replica only), {@code A} (always). Firing changes in place; any other
 * change drops and creates it (constraint triggers have no {@code CREATE OR REPLACE}).
 *
 * <p>MySQL: the {@code CREATE TRIGGER} statement composed from the catalog (with {@code FOLLOWS}
 * for its place among triggers of the same event), always {@code O}; {@code attributes} hold the
 * {@code sql_mode} it was created under and a {@code definer} other than the reading account.
 */
public record Trigger(String definition, String enabled, Map<String, String> attributes) implements Definition {
  public Trigger {
    attributes = Attributes.of(attributes);
  }

  @Override
  public Trigger withoutDefiner() {
    return new Trigger(definition, enabled, Attributes.without(attributes, Attributes.DEFINER));
  }

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof Trigger t && t.definition.equals(definition);
  }

  /** The server holds it to the columns of its UPDATE OF and WHEN, and to its function. */
  @Override
  public boolean bindsWhatItUses() {
    return true;
  }

  /** The clause of ALTER TABLE that sets how it fires. */
  public String firing() {
    return switch (enabled) {
      case "D" -> "DISABLE TRIGGER";
      case "R" -> "ENABLE REPLICA TRIGGER";
      case "A" -> "ENABLE ALWAYS TRIGGER";
      default -> "ENABLE TRIGGER";
    };
  }
}
