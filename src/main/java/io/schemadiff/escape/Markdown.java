package io.schemadiff.escape;

/**
 * CommonMark. Names and values go in code spans ({@link #code}); free text is escaped so that no
 * character starts markup or HTML ({@link #text}); a block of source goes in a fence longer than
 * any backtick run inside it ({@link #fence}). Control characters are made visible as in
 * {@link PlainText#line}, since Markdown would fold them into spaces.
 */
public final class Markdown {
  /** Characters that can open markup anywhere in a line (emphasis, code, links, HTML, entities, tables). */
  private static final String MARKUP = "\\`*_[]<>&!|~#";

  private Markdown() {}

  /** A code span showing {@code value} exactly (after control characters are made visible). */
  public static String code(String value) {
    String v = PlainText.line(value);
    String fence = "`".repeat(longestRun(v, '`') + 1);
    // A space on each side keeps a leading or trailing backtick apart from the fence; CommonMark
    // strips exactly one space from each side of a span that starts and ends with one.
    boolean pad = v.startsWith("`") || v.endsWith("`")
        || (v.startsWith(" ") && v.endsWith(" ") && !v.isBlank());
    if (v.isEmpty()) {
      return "` `";
    }
    return pad ? fence + " " + v + " " + fence : fence + v + fence;
  }

  /**
   * Inline text that reads as written: characters that open markup are backslash-escaped, and so
   * is a first character that would start a list, quote, heading or rule at the start of a line.
   */
  public static String text(String value) {
    String v = PlainText.line(value);
    StringBuilder sb = new StringBuilder(v.length() + 8);
    java.util.regex.Matcher ordered = java.util.regex.Pattern.compile("^ *\\d+(?=[.)])").matcher(v);
    int orderedEnd = ordered.find() ? ordered.end() : -1;
    int first = v.length() - v.stripLeading().length();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (MARKUP.indexOf(c) >= 0 || i == orderedEnd || (i == first && "-+=".indexOf(c) >= 0)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A fenced code block; lines are kept, other line-ending characters made visible. */
  public static String fence(String body, String info) {
    StringBuilder safe = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (safe.length() > 0) {
        safe.append('\n');
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        // Backslashes are literal in a code block; only characters that would break the line are escaped.
        safe.append(c != '\t' && PlainText.breaksLine(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    String b = safe.toString();
    if (b.endsWith("\n")) {
      b = b.substring(0, b.length() - 1);
    }
    String fence = "`".repeat(Math.max(3, longestRun(b, '`') + 1));
    return fence + info + "\n" + b + "\n" + fence + "\n";
  }

  private static int longestRun(String s, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
