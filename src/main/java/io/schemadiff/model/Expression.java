package io.schemadiff.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a definition's component that holds server-deparsed text (a query, an expression, or a
 * list of them), which the reader passes through the dialect's expression normalizer as it does
 * for view definitions and defaults, so equal text compares equal.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Expression {}
