package io.schemadiff.model;

/**
 * An aggregate, compared as the {@code CREATE AGGREGATE} statement its catalog row rebuilds (state
 * and final functions, types, initial values, moving-aggregate options, sort operator,
 * parallel safety). A changed one is dropped and created; the views that call it come back after.
 */
public record Aggregate(String name, String identityArguments, String definition) implements Definition, Overloaded {
  public String keyword() {
    return "AGGREGATE";
  }
}
