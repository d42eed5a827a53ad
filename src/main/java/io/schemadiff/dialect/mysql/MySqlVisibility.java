package io.schemadiff.dialect.mysql;

import io.schemadiff.inspect.VisibilityCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's information_schema lists a table only to an account holding some privilege on it, and a
 * trigger only to one with TRIGGER. An account sees the whole database when it holds a privilege
 * other than USAGE on {@code *.*} or on the database (a grant's database may be a pattern with
 * {@code %} and {@code _}), directly or through its active roles; with table grants only, tables
 * it holds nothing on are invisible.
 */
public final class MySqlVisibility implements VisibilityCheck {
  private static final Pattern GRANT = Pattern.compile("^GRANT (.+?) ON (\\*|`(?:[^`]|``)+`)\\.\\* TO .*$");

  @Override
  public Optional<Hidden> hidden(Connection connection) throws SQLException {
    String database;
    String user;
    List<String> grants = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT DATABASE(), CURRENT_USER(), CURRENT_ROLE()")) {
        rs.next();
        database = rs.getString(1);
        user = rs.getString(2);
        String roles = rs.getString(3);
        String show = roles == null || roles.equals("NONE") ? "SHOW GRANTS"
            : "SHOW GRANTS FOR CURRENT_USER() USING " + roles;
        try (ResultSet g = s.executeQuery(show)) {
          while (g.next()) {
            grants.add(g.getString(1));
          }
        }
      }
    }
    boolean sees = false;
    boolean triggers = false;
    boolean events = false;
    for (String grant : grants) {
      Matcher m = GRANT.matcher(grant);
      if (!m.matches() || !(m.group(2).equals("*") || matches(unquote(m.group(2)), database))) {
        continue;
      }
      String privileges = m.group(1);
      sees |= !privileges.equals("USAGE");
      triggers |= privileges.contains("ALL PRIVILEGES") || privileges.matches("(.*, )?TRIGGER(, .*)?");
      events |= privileges.contains("ALL PRIVILEGES") || privileges.matches("(.*, )?EVENT(, .*)?");
    }
    if (!sees) {
      return Optional.of(new Hidden("tables it holds no privilege on", "the account " + user
          + " holds privileges on single tables of " + database + " only, so tables it holds none on are not "
          + "listed to it (grant it SELECT on `" + database + "`.*)"));
    }
    if (!triggers) {
      return Optional.of(new Hidden("triggers", "the account " + user + " lacks the TRIGGER privilege on "
          + database + ", so its triggers are not listed to it (grant it TRIGGER on `" + database + "`.*)"));
    }
    if (!events) {
      return Optional.of(new Hidden("events", "the account " + user + " lacks the EVENT privilege on "
          + database + ", so its events are not listed to it (grant it EVENT on `" + database + "`.*)"));
    }
    // A routine's body is shown to its definer, or to an account with SHOW_ROUTINE or global SELECT.
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
            + " AND ROUTINE_DEFINITION IS NULL")) {
      rs.next();
      if (rs.getInt(1) > 0) {
        return Optional.of(new Hidden("routine bodies", "the account " + user + " cannot read the bodies of "
            + rs.getInt(1) + " routines of " + database + " it did not define (grant it SHOW_ROUTINE on *.*)"));
      }
    }
    return Optional.empty();
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1).replace("``", "`");
  }

  /** A grant's database pattern: {@code %} any run, {@code _} one character, {@code \} escapes. */
  static boolean matches(String pattern, String database) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return database.matches(regex.toString());
  }
}
