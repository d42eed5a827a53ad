package io.schemadiff.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a Flyway versioned migration, {@code V<version>__<description>.sql}: parts
 * separated by {@code .} or {@code _}, ordered part by part as numbers, a missing part counting as
 * zero (so {@code V1_1} follows {@code V1} and {@code V10} follows {@code V9}).
 *
 * @param text the version as written in the file name
 */
public record FlywayVersion(String text, List<BigInteger> parts) implements Comparable<FlywayVersion> {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

  public FlywayVersion {
    parts = List.copyOf(parts);
  }

  /** The version of a file name, or null when it is not a versioned migration. */
  public static FlywayVersion of(String fileName) {
    Matcher m = VERSIONED.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String p : m.group(1).split("[._]")) {
      parts.add(new BigInteger(p));
    }
    return new FlywayVersion(m.group(1), parts);
  }

  /** The version after this one: its last part raised, the rest written as it is. */
  public String next() {
    int cut = Math.max(text.lastIndexOf('.'), text.lastIndexOf('_')) + 1;
    return text.substring(0, cut) + parts.get(parts.size() - 1).add(BigInteger.ONE);
  }

  @Override
  public int compareTo(FlywayVersion other) {
    for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
      BigInteger x = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
      BigInteger y = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
