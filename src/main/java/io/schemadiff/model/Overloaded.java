package io.schemadiff.model;

/**
 * A kind whose objects share names and are told apart by their argument types (functions,
 * procedures, aggregates): named {@code name(arguments)} as DROP and COMMENT take them.
 */
public interface Overloaded {
  /** The bare name, without arguments. */
  String name();

  /** The argument types that tell overloads apart; null where names are unique (MySQL). */
  String identityArguments();
}
