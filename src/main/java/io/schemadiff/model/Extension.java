package io.schemadiff.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extension installed in a compared schema, at a version. Its members (types, functions,
 * operator classes) are its own business and are not compared one by one; what uses them
 * requires the extension. A newer version is reached in place ({@code ALTER EXTENSION … UPDATE});
 * extensions ship no way back, so an older one is refused.
 */
public record Extension(String version) implements Definition {
  private static final Pattern PART = Pattern.compile("\\d+|\\D+");

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof Extension;
  }

  @Override
  public String cannotAlterTo(Definition other) {
    String to = ((Extension) other).version;
    return compareVersions(to, version) < 0
        ? "version " + to + " is older than " + version + " and extensions have no downgrade path;"
            + " drop and create it by hand if the data of its types can go"
        : null;
  }

  /** Versions compared part by part, numbers as numbers: 1.10 comes after 1.9. */
  static int compareVersions(String a, String b) {
    Matcher x = PART.matcher(a);
    Matcher y = PART.matcher(b);
    while (true) {
      boolean more = x.find();
      boolean moreToo = y.find();
      if (!more || !moreToo) {
        return Boolean.compare(more, moreToo);
      }
      String p = x.group();
      String q = y.group();
      int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
          ? new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q)) : p.compareTo(q);
      if (c != 0) {
        return c;
      }
    }
  }
}
