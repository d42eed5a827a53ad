package io.schemadiff.model;

/**
 * A collation: its provider ({@code libc}, {@code icu}, {@code builtin}), the locales it is made
 * of ({@code collate} and {@code ctype} for libc, {@code locale} for the others), ICU tailoring
 * {@code rules}, and whether equal means byte-equal ({@code deterministic}). None of this can be
 * altered: a different collation is dropped and created.
 */
public record Collation(String provider, String collate, String ctype, String locale, String rules,
    boolean deterministic) implements Definition {}
