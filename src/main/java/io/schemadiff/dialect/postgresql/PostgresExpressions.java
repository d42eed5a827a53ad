package io.schemadiff.dialect.postgresql;

import io.schemadiff.dialect.ExpressionNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PostgreSQL deparses {@code v IN ('a', 'b')} on a varchar column as
 * {@code (ARRAY['a'::character varying, …])::text[]}, but parses that text back into per-element
 * casts, {@code ARRAY[('a'::character varying)::text, …]}. Both mean the same; this rewrites the
 * first form into the second, the one the server keeps.
 */
public final class PostgresExpressions implements ExpressionNormalizer {
  private static final String OPEN = "(ARRAY[";
  private static final Pattern CAST_LITERAL = Pattern.compile("'(?:[^']|'')*'::[a-z][a-z0-9 _\"().,]*");
  private static final Pattern ARRAY_TYPE = Pattern.compile("[a-z][a-z0-9 _\"().,]*\\[\\]");

  @Override
  public String normalize(String expression) {
    if (expression == null || !expression.contains(OPEN)) {
      return expression;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < expression.length()) {
      int at = expression.indexOf(OPEN, i);
      if (at < 0) {
        out.append(expression, i, expression.length());
        break;
      }
      Rewrite r = rewriteAt(expression, at);
      if (r == null) {
        out.append(expression, i, at + 1);
        i = at + 1;
      } else {
        out.append(expression, i, at).append(r.text());
        i = r.end();
      }
    }
    return out.toString();
  }

  private record Rewrite(String text, int end) {}

  /** The rewrite of {@code (ARRAY[e1, …])::T[]} starting at {@code at}, or null if it is not one. */
  private static Rewrite rewriteAt(String s, int at) {
    int close = matching(s, at + OPEN.length() - 1, '[', ']');
    if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != ')' || !s.startsWith("::", close + 2)) {
      return null;
    }
    int typeStart = close + 4;
    int typeEnd = s.indexOf("[]", typeStart);
    if (typeEnd < 0) {
      return null;
    }
    String type = s.substring(typeStart, typeEnd);
    if (!ARRAY_TYPE.matcher(type + "[]").matches() || type.contains("[")) {
      return null;
    }
    List<String> elements = split(s.substring(at + OPEN.length(), close));
    if (elements.isEmpty() || !elements.stream().allMatch(e -> CAST_LITERAL.matcher(e).matches())) {
      return null;
    }
    List<String> cast = new ArrayList<>();
    for (String e : elements) {
      cast.add("(" + e + ")::" + type);
    }
    return new Rewrite("ARRAY[" + String.join(", ", cast) + "]", typeEnd + 2);
  }

  private static int matching(String s, int open, char o, char c) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\'') {
        quoted = !quoted;
      } else if (!quoted && ch == o) {
        depth++;
      } else if (!quoted && ch == c && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> split(String list) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char ch = list.charAt(i);
      if (ch == '\'') {
        quoted = !quoted;
      } else if (!quoted && (ch == '(' || ch == '[')) {
        depth++;
      } else if (!quoted && (ch == ')' || ch == ']')) {
        depth--;
      } else if (!quoted && depth == 0 && ch == ',') {
        parts.add(list.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(list.substring(start).strip());
    return parts;
  }
}
