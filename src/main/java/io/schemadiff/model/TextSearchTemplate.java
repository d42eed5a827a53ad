package io.schemadiff.model;

/**
 * A text search template: its optional init function and its lexize function, schema-qualified.
 * It cannot be altered: a different one is dropped and created.
 */
public record TextSearchTemplate(String init, String lexize) implements Definition {
  /** The server holds it to what it is made of: when one of those is re-created, so is this. */
  @Override
  public boolean bindsWhatItUses() {
    return true;
  }
}
