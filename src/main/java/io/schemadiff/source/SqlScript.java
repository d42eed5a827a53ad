package io.schemadiff.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL file into statements, remembering the line each starts on, so a server error
 * can name the file and line. Understands quotes, comments, (PostgreSQL) dollar quoting and the
 * SQL-standard bodies of functions and procedures ({@code BEGIN ATOMIC … END}), whose
 * semicolons are their own, as psql does. For MySQL it reads what the mysql client reads:
 * {@code DELIMITER} lines, versioned comments {@code /*!50001 … *}{@code /} and optimizer hints
 * kept as part of the statement (the server runs them), and {@code source} lines, returned as
 * statements of their own for the loader to refuse.
 */
public final class SqlScript {
  /** One statement: its text (from its first token, without the semicolon) and start line. */
  public record Statement(String sql, int line) {
    /** The file line of a 1-based character position inside this statement. */
    public int lineOf(int position) {
      int l = line;
      for (int i = 0; i < Math.min(position - 1, sql.length()); i++) {
        if (sql.charAt(i) == '\n') {
          l++;
        }
      }
      return l;
    }
  }

  private SqlScript() {}

  /**
   * @param mysqlSyntax MySQL lexing: backslash escapes in every string, # comments, no dollar
   *     quotes, comments that do not nest, {@code DELIMITER}
   */
  public static List<Statement> split(String text, boolean mysqlSyntax) {
    List<Statement> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int line = 1;
    int start = -1;
    int startLine = 0;
    List<String> leading = new ArrayList<>(); // the statement's first words
    int atomicDepth = 0;
    String delimiter = ";";
    while (i < n) {
      char ch = text.charAt(i);
      char next = i + 1 < n ? text.charAt(i + 1) : '\0';
      String client = mysqlSyntax && start < 0 ? clientCommand(text, i) : null;
      if (client != null) {
        int eol = text.indexOf('\n', i);
        eol = eol < 0 ? n : eol;
        String command = text.substring(i, eol).strip();
        if (client.equals("DELIMITER")) {
          String[] words = command.split("\\s+");
          delimiter = words.length > 1 ? words[1] : delimiter;
        } else {
          out.add(new Statement(command, line));
        }
        i = eol;
        continue;
      }
      if (ch == '-' && next == '-' && (!mysqlSyntax || i + 2 >= n || text.charAt(i + 2) <= ' ')
          || ch == '#' && mysqlSyntax) {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (mysqlSyntax && ch == '/' && next == '*') {
        int close = text.indexOf("*/", i + 2);
        close = close < 0 ? n : close + 2;
        boolean executed = i + 2 < n && (text.charAt(i + 2) == '!' || text.charAt(i + 2) == '+');
        if (executed && start < 0) {
          start = i;
          startLine = line;
        }
        for (int k = i; k < close; k++) {
          if (text.charAt(k) == '\n') {
            line++;
          }
        }
        i = close;
        continue;
      }
      if (ch == '/' && next == '*') {
        int depth = 0;
        do {
          if (text.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (text.startsWith("*/", i)) {
            depth--;
            i += 2;
          } else {
            if (text.charAt(i) == '\n') {
              line++;
            }
            i++;
          }
        } while (i < n && depth > 0);
        continue;
      }
      if (ch == '\n') {
        line++;
        i++;
        continue;
      }
      if (Character.isWhitespace(ch)) {
        i++;
        continue;
      }
      if (mysqlSyntax ? text.startsWith(delimiter, i) : ch == ';' && atomicDepth == 0) {
        leading.clear();
        if (start >= 0) {
          out.add(new Statement(text.substring(start, i).strip(), startLine));
          start = -1;
        }
        i += mysqlSyntax ? delimiter.length() : 1;
        continue;
      }
      if (start < 0) {
        start = i;
        startLine = line;
      }
      int end;
      if (ch == '\'' || ch == '"' || ch == '`') {
        boolean escapes = mysqlSyntax || ch == '\'' && isEscapeString(text, i);
        end = skipQuoted(text, i, ch, escapes && ch != '`');
      } else if (ch == '$' && !mysqlSyntax) {
        end = skipDollarQuoted(text, i);
      } else if (Character.isLetter(ch) || ch == '_') {
        end = i + 1;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
            || text.charAt(end) == '$') && !(mysqlSyntax && text.startsWith(delimiter, end))) {
          end++;
        }
        String word = text.substring(i, end).toUpperCase(java.util.Locale.ROOT);
        if (leading.size() < 4) {
          leading.add(word);
        }
        if (!mysqlSyntax && isRoutine(leading)) {
          if (word.equals("BEGIN") && followedByAtomic(text, end)) {
            atomicDepth++;
          } else if (word.equals("CASE") && atomicDepth > 0) {
            atomicDepth++;
          } else if (word.equals("END") && atomicDepth > 0) {
            atomicDepth--;
          }
        }
      } else {
        end = i + 1;
      }
      for (int k = i; k < end; k++) {
        if (text.charAt(k) == '\n') {
          line++;
        }
      }
      i = end;
    }
    if (start >= 0 && !text.substring(start).isBlank()) {
      out.add(new Statement(text.substring(start).strip(), startLine));
    }
    return out;
  }

  /**
   * The mysql client command starting at {@code i}, upper-cased, if one does: {@code DELIMITER}
   * or {@code SOURCE} (also written {@code \.}). They take the rest of the line, without a
   * terminator.
   */
  private static String clientCommand(String text, int i) {
    if (text.startsWith("\\.", i)) {
      return "SOURCE";
    }
    for (String command : List.of("DELIMITER", "SOURCE")) {
      int end = i + command.length();
      if (text.regionMatches(true, i, command, 0, command.length()) && end < text.length()
          && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
        return command;
      }
    }
    return null;
  }

  private static boolean followedByAtomic(String text, int from) {
    int k = from;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return text.regionMatches(true, k, "ATOMIC", 0, 6)
        && (k + 6 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 6)));
  }

  /** {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, from a statement's first words. */
  private static boolean isRoutine(List<String> words) {
    if (words.size() < 2 || !words.get(0).equals("CREATE")) {
      return false;
    }
    int kind = words.get(1).equals("OR") ? 3 : 1;
    return words.size() > kind && (words.get(kind).equals("FUNCTION") || words.get(kind).equals("PROCEDURE"));
  }

  private static boolean isEscapeString(String text, int quote) {
    if (quote == 0) {
      return false;
    }
    char prefix = text.charAt(quote - 1);
    boolean alone = quote < 2 || !Character.isLetterOrDigit(text.charAt(quote - 2));
    return (prefix == 'E' || prefix == 'e') && alone;
  }

  /** The end of a quoted string or name opened at {@code open}: doubled quotes, and backslashes if {@code escapes}. */
  static int skipQuoted(String text, int open, char quote, boolean escapes) {
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (escapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static int skipDollarQuoted(String text, int open) {
    int close = open + 1;
    while (close < text.length()
        && (Character.isLetterOrDigit(text.charAt(close)) || text.charAt(close) == '_')) {
      close++;
    }
    if (close >= text.length() || text.charAt(close) != '$'
        || (close > open + 1 && Character.isDigit(text.charAt(open + 1)))) {
      return open + 1; // a positional parameter like $1, not a quote
    }
    String tag = text.substring(open, close + 1);
    int end = text.indexOf(tag, close + 1);
    return end < 0 ? text.length() : end + tag.length();
  }
}
