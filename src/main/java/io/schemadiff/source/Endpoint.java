package io.schemadiff.source;

import java.util.Properties;

/**
 * How to connect to one database. {@code display} is the URL with any password removed; it is
 * the only form that may appear in output.
 */
public record Endpoint(String dialect, String jdbcUrl, Properties properties, String display) {
  public Endpoint {
    Properties copy = new Properties();
    copy.putAll(properties);
    properties = copy;
  }

  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** The same server, another database. */
  public Endpoint withDatabase(String database) {
    return new Endpoint(dialect, replaceDatabase(jdbcUrl, database), properties,
        replaceDatabase(display, database));
  }

  private static String replaceDatabase(String url, String database) {
    int scheme = url.indexOf("://");
    int slash = url.indexOf('/', scheme + 3);
    int query = url.indexOf('?', scheme + 3);
    String tail = query < 0 ? "" : url.substring(query);
    String head = slash < 0 || (query >= 0 && slash > query) ? url.substring(0, query < 0 ? url.length() : query)
        : url.substring(0, slash);
    return head + "/" + database + tail;
  }

  @Override
  public String toString() {
    return display;
  }
}
