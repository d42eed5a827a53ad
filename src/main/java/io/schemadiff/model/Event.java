package io.schemadiff.model;

import java.util.Map;

/**
 * A MySQL event: the {@code CREATE EVENT} statement composed from the catalog (schedule, what
 * happens on completion, whether it is enabled, comment, body), without the time a recurring
 * event starts, which the server sets to its creation time when none is given (so two loads of
 * one file differ): that is named as not compared. {@code attributes} hold the {@code sql_mode}
 * and {@code time_zone} it was created under and a {@code definer} other than the reading account.
 * Any change drops and creates it.
 */
public record Event(String definition, Map<String, String> attributes) implements Definition {
  public Event {
    attributes = Attributes.of(attributes);
  }

  @Override
  public Event withoutDefiner() {
    return new Event(definition, Attributes.without(attributes, Attributes.DEFINER));
  }
}
