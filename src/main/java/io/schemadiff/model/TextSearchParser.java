package io.schemadiff.model;

/**
 * A text search parser: the functions that start, tokenise, end, list token types and (optional)
 * make headlines, each schema-qualified. A parser cannot be altered: a different one is dropped
 * and created, and the configurations on it with it.
 */
public record TextSearchParser(String start, String gettoken, String end, String lextypes, String headline)
    implements Definition {
  /** The server holds it to what it is made of: when one of those is re-created, so is this. */
  @Override
  public boolean bindsWhatItUses() {
    return true;
  }
}
