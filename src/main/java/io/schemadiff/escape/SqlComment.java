package io.schemadiff.escape;

/**
 * A line comment in SQL ({@code -- text}). Both PostgreSQL and MySQL end such a comment only at a
 * line break, which {@link PlainText#line} never lets through; {@code ${} is broken up because
 * Flyway replaces placeholders even inside comments.
 */
public final class SqlComment {
  private SqlComment() {}

  public static String line(String text) {
    return "-- " + PlainText.controls(text).replace("${", "$\\{");
  }
}
