package io.schemadiff.model;

/** A function (plain or window); see {@link Routine}. */
public record Function(String name, String identityArguments, String arguments, String returns, boolean atomic,
    String definition) implements Routine {}
