package io.schemadiff.escape;

/**
 * Text for a line of a terminal, a log or an SQL comment: a backslash and every character that
 * could end or rewrite the line (C0 and C1 controls, DEL, Unicode line and paragraph separators)
 * are written as visible escapes ({@code \n}, {@code \u2028}), so a name can never start a line
 * of its own. Everything else is kept as it is.
 */
public final class PlainText {
  private PlainText() {}

  public static String line(String text) {
    return visible(text, true);
  }

  /**
   * Only the characters that could break the line made visible; backslashes kept as they are
   * (an SQL comment, where an already escaped name such as {@code U&"a\000A"} reads better).
   */
  public static String controls(String text) {
    return visible(text, false);
  }

  private static String visible(String text, boolean backslash) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = c == '\\' && !backslash ? null : escape(c);
      if (escape != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (escape != null) {
          sb.append(escape);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Whether a character must not appear raw in a single line of output. */
  public static boolean breaksLine(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }

  private static String escape(char c) {
    switch (c) {
      case '\\': return "\\\\";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      default: return breaksLine(c) ? String.format("\\u%04x", (int) c) : null;
    }
  }
}
