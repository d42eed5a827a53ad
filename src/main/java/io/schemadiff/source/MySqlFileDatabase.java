package io.schemadiff.source;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.render.SqlHelpers;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a MySQL file fills. Files made for the mysql client create and {@code USE} their
 * own database ({@code CREATE DATABASE app; USE app;}) and may name it in front of tables
 * ({@code app.orders}). schemadiff loads a source into one scratch database, so that database
 * stands for the one the files name: creating it sets the scratch database's options, {@code USE}
 * is followed by staying where we are, and {@code app.} becomes the scratch database's name. A
 * source that names two databases is refused: one source is one database.
 */
final class MySqlFileDatabase {
  // Between words: spaces, and the markers of versioned comments (/*!40100 … */), whose text counts.
  private static final String GAP = "(?:\\s|/\\*!\\d*|\\*/)+";
  private static final String NAME = "(?:`((?:[^`]|``)+)`|([A-Za-z0-9_$]+))";
  private static final Pattern USE = Pattern.compile("(?is)USE" + GAP + NAME + "(?:" + GAP + ")?");
  private static final Pattern CREATE = Pattern.compile(
      "(?is)CREATE" + GAP + "(?:DATABASE|SCHEMA)" + GAP + "(?:IF" + GAP + "NOT" + GAP + "EXISTS" + GAP + ")?"
          + NAME + "(.*)");
  private static final Pattern DROP = Pattern.compile(
      "(?is)DROP" + GAP + "(?:DATABASE|SCHEMA)" + GAP + "(?:IF" + GAP + "EXISTS" + GAP + ")?" + NAME + ".*");

  private static final SqlHelpers MYSQL = new SqlHelpers(Dialect.load("mysql"));

  private final String scratch;
  private String named;

  /** @param scratch the name of the database the files are loaded into */
  MySqlFileDatabase(String scratch) {
    this.scratch = scratch;
  }

  /** What to run for one statement of a file, or null when there is nothing to run. */
  String statement(Path file, SqlScript.Statement st) {
    String sql = st.sql();
    if (sql.regionMatches(true, 0, "SOURCE", 0, 6) || sql.startsWith("\\.")) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, file + ":" + st.line()
          + ": source is a mysql client command schemadiff does not follow; list the file it reads in the"
          + " source instead (a folder's .sql files are read in name order)");
    }
    Matcher m;
    if ((m = USE.matcher(sql)).matches() || (m = DROP.matcher(sql)).matches()) {
      name(file, st, m);
      return null;
    }
    if ((m = CREATE.matcher(sql)).matches()) {
      name(file, st, m);
      String options = m.group(3);
      // A bare "*/" closes the versioned comment IF NOT EXISTS sat in; the options follow it.
      boolean any = !options.replace("*/", "").isBlank();
      return any ? "ALTER DATABASE " + quote(scratch) + " " + options.strip() : null;
    }
    return named == null ? sql : qualifiedRenamed(sql);
  }

  private void name(Path file, SqlScript.Statement st, Matcher m) {
    String name = m.group(1) != null ? m.group(1).replace("``", "`") : m.group(2);
    if (named == null) {
      named = name;
    } else if (!named.equals(name)) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, file + ":" + st.line() + ": this source names"
          + " database " + quote(named) + " and then " + quote(name) + "; a source is one database: give each"
          + " its own files");
    }
  }

  /**
   * The statement with {@code app.} (the files' own database in front of a name) made the
   * scratch database's. Strings and comments are left alone; versioned comments are SQL.
   */
  private String qualifiedRenamed(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int n = sql.length();
    int i = 0;
    char previous = ' '; // the last character outside whitespace
    while (i < n) {
      char ch = sql.charAt(i);
      int end;
      if (ch == '\'' || ch == '"') {
        end = SqlScript.skipQuoted(sql, i, ch, true);
      } else if (ch == '#' || ch == '-' && sql.startsWith("-- ", i)) {
        end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
      } else if (sql.startsWith("/*", i) && !sql.startsWith("/*!", i)) {
        end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
      } else if (sql.startsWith("/*!", i)) {
        end = i + 3;
        while (end < n && Character.isDigit(sql.charAt(end))) {
          end++;
        }
      } else if (ch == '`' || isWordChar(ch)) {
        end = ch == '`' ? SqlScript.skipQuoted(sql, i, '`', false) : endOfWord(sql, i);
        String token = sql.substring(i, end);
        String name = ch == '`' ? token.substring(1, Math.max(1, token.length() - 1)).replace("``", "`") : token;
        if (name.equals(named) && previous != '.' && nextIsDot(sql, end)) {
          token = quote(scratch);
        }
        out.append(token);
        previous = token.charAt(token.length() - 1);
        i = end;
        continue;
      } else {
        end = i + 1;
      }
      out.append(sql, i, end);
      if (!Character.isWhitespace(ch)) {
        previous = sql.charAt(end - 1);
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean nextIsDot(String sql, int from) {
    int k = from;
    while (k < sql.length() && Character.isWhitespace(sql.charAt(k))) {
      k++;
    }
    return k < sql.length() && sql.charAt(k) == '.';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static int endOfWord(String sql, int from) {
    int k = from;
    while (k < sql.length() && isWordChar(sql.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String quote(String name) {
    return MYSQL.q(name);
  }
}
