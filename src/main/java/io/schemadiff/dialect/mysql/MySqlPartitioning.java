package io.schemadiff.dialect.mysql;

import io.schemadiff.model.Column;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's partitioning as SHOW CREATE TABLE prints it, after the table options, in versioned
 * comments ({@code /*!50100 PARTITION BY RANGE (year(`d`)) (PARTITION p0 VALUES LESS THAN (1990)
 * ENGINE = InnoDB, …) *}{@code /}; KEY partitioning splits it over several). No catalog table
 * holds all of it (KEY's ALGORITHM, a partition's options), so it is taken from there whole, into
 * {@link Table#IN_PLACE_PARTITIONING} attributes with spacing made even outside quotes.
 */
final class MySqlPartitioning {
  private static final Pattern START = Pattern.compile("^/\\*!\\d{5} PARTITION BY ", Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("(?<![A-Z])PARTITIONS (\\d+)$");

  private MySqlPartitioning() {}

  /** The partitioning attributes of a table, from its SHOW CREATE TABLE; none if it has none. */
  static Map<String, String> of(String createTable) {
    Matcher start = START.matcher(createTable);
    if (!start.find()) {
      return Map.of();
    }
    String clause = plain(createTable.substring(start.start()));
    String body = clause.substring("PARTITION BY ".length());
    int list = listStart(body);
    Map<String, String> out = new TreeMap<>();
    String scheme = (list < 0 ? body : body.substring(0, list)).strip();
    if (list < 0) {
      Matcher count = COUNT.matcher(scheme);
      if (count.find()) {
        out.put(Table.PARTITION_COUNT, count.group(1));
        scheme = scheme.substring(0, count.start()).strip();
      }
    } else {
      String inner = body.substring(list + 1, body.lastIndexOf(')'));
      out.put(Table.PARTITIONS, String.join(Column.LIST_SEPARATOR, topLevel(inner)));
    }
    out.put(Table.PARTITIONING, scheme);
    return out;
  }

  /**
   * The text without its versioned-comment markers, runs of white space made one space, outside
   * quoted names and strings (a partition's COMMENT keeps its own spacing).
   */
  static String plain(String text) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\'' || ch == '`' || ch == '"') {
        int end = closing(text, i);
        b.append(text, i, end);
        i = end;
      } else if (text.startsWith("/*!", i)) {
        i += 3;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
          i++;
        }
      } else if (text.startsWith("*/", i)) {
        i += 2;
      } else if (Character.isWhitespace(ch)) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ' && b.charAt(b.length() - 1) != '(') {
          b.append(' ');
        }
      } else {
        if (ch == ')' && b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
          b.setLength(b.length() - 1);
        }
        b.append(ch);
        i++;
      }
    }
    return b.toString().strip();
  }

  /** Where the list of partition definitions opens: a {@code (PARTITION } outside any parentheses. */
  private static int listStart(String body) {
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == '\'' || ch == '`' || ch == '"') {
        i = closing(body, i) - 1;
      } else if (ch == '(') {
        if (depth == 0 && body.startsWith("(PARTITION ", i)) {
          return i;
        }
        depth++;
      } else if (ch == ')') {
        depth--;
      }
    }
    return -1;
  }

  /** The items of a comma-separated list, split only outside parentheses and quotes. */
  private static List<String> topLevel(String inner) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < inner.length(); i++) {
      char ch = inner.charAt(i);
      if (ch == '\'' || ch == '`' || ch == '"') {
        i = closing(inner, i) - 1;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        out.add(inner.substring(from, i).strip());
        from = i + 1;
      }
    }
    out.add(inner.substring(from).strip());
    return out;
  }

  /** The index just past the quote that closes the one at {@code open} (doubled or backslashed quotes stay inside). */
  private static int closing(String text, int open) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\\' && quote != '`') {
        i += 2;
      } else if (ch == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
        i += 2;
      } else if (ch == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }
}
