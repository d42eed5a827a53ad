package io.schemadiff.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses database URLs ({@code postgresql://user:pw@host:port/db}, {@code jdbc:postgresql://…},
 * and the MySQL forms) into endpoints, keeping passwords out of anything displayed.
 */
public final class Urls {
  private static final Pattern SHORT =
      Pattern.compile("(postgres|postgresql|mysql|mariadb)://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)(/[^?]*)?(\\?.*)?");
  private static final Pattern JDBC = Pattern.compile("jdbc:(postgresql|mysql):.*");
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&]*");
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(://[^:@/]*):[^@/]*@");

  private Urls() {}

  public static boolean isUrl(String text) {
    return SHORT.matcher(text).matches() || JDBC.matcher(text).matches();
  }

  /**
   * The dialect a URL names: {@code mariadb://} says MariaDB; the MySQL forms say only the
   * family ("mysql"), which a MariaDB dialect named by {@code --dialect} also speaks.
   */
  public static String dialectOf(String url) {
    Matcher m = SHORT.matcher(url);
    if (m.matches() && m.group(1).equals("mariadb")) {
      return "mariadb";
    }
    return url.startsWith("postgres") || url.startsWith("jdbc:postgresql") ? "postgresql" : "mysql";
  }

  /** The URL with passwords replaced, safe to print. */
  public static String redact(String url) {
    String s = USERINFO_PASSWORD.matcher(url).replaceAll("$1:***@");
    return PASSWORD_PARAM.matcher(s).replaceAll("$1***");
  }

  public static Endpoint parse(String flag, String url, Map<String, String> env) {
    Properties props = new Properties();
    Matcher jdbc = JDBC.matcher(url);
    if (jdbc.matches()) {
      String dialect = jdbc.group(1);
      passwordFromEnvironment(dialect, props, url, env);
      return new Endpoint(dialect, url, props, redact(url));
    }
    Matcher m = SHORT.matcher(url);
    if (!m.matches() || m.group(4).isEmpty()) {
      throw new SourceException(SourceException.Kind.BAD_INPUT,
          flag + ": not a database URL: " + redact(url));
    }
    String dialect = m.group(1).startsWith("postgres") ? "postgresql" : "mysql"; // MariaDB speaks MySQL's protocol
    if (m.group(2) != null && !m.group(2).isEmpty()) {
      props.setProperty("user", decode(m.group(2)));
    }
    if (m.group(3) != null) {
      props.setProperty("password", decode(m.group(3)));
    }
    String database = m.group(5) == null ? "/" : m.group(5);
    String query = m.group(6) == null ? "" : m.group(6);
    String jdbcUrl = "jdbc:" + dialect + "://" + m.group(4) + database + query;
    passwordFromEnvironment(dialect, props, jdbcUrl, env);
    return new Endpoint(dialect, jdbcUrl, props, redact(url));
  }

  private static void passwordFromEnvironment(
      String dialect, Properties props, String url, Map<String, String> env) {
    String variable = dialect.equals("postgresql") ? "PGPASSWORD" : "MYSQL_PWD";
    if (!props.containsKey("password") && !url.toLowerCase().contains("password=")
        && env.get(variable) != null) {
      props.setProperty("password", env.get(variable));
    }
    if (!props.containsKey("user") && !url.toLowerCase().contains("user=")) {
      String user = env.get(dialect.equals("postgresql") ? "PGUSER" : "USER");
      if (user != null) {
        props.setProperty("user", user);
      }
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
