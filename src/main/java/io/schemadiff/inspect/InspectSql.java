package io.schemadiff.inspect;

/** The one literal the inspector writes into catalog SQL: namespace names. */
final class InspectSql {
  private InspectSql() {}

  static String literal(String s, boolean escapeBackslash) {
    String v = s.replace("'", "''");
    return "'" + (escapeBackslash ? v.replace("\\", "\\\\") : v) + "'";
  }
}
