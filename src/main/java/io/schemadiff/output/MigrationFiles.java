package io.schemadiff.output;

import io.schemadiff.source.FlywayVersion;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for the next migration in a folder, in the convention of the tool that will run it.
 * Flyway: {@code V<version>__<description>.sql} with its undo {@code U<version>__…}, the version
 * one past the highest (its last part raised: {@code V1_2} → {@code V1_3}). Liquibase formatted
 * SQL: {@code <number>-<description>.sql}, numbered one past the highest, as wide as the widest.
 */
public final class MigrationFiles {
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)[-_].*\\.sql");

  public enum Style { FLYWAY, LIQUIBASE }

  /** The files to write: the migration, and its rollback (null where it lives inside the migration). */
  public record Names(String migration, String rollback, String version) {}

  private MigrationFiles() {}

  public static Names next(Style style, List<String> existing, String description) {
    String slug = slug(description);
    if (style == Style.FLYWAY) {
      String version = nextFlywayVersion(existing);
      return new Names("V" + version + "__" + slug + ".sql", "U" + version + "__" + slug + ".sql", version);
    }
    String number = nextNumber(existing);
    return new Names(number + "-" + slug.replace('_', '-') + ".sql", null, number);
  }

  /** A description as a file-name part: lower case letters, digits and single underscores. */
  static String slug(String description) {
    String s = description.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "schemadiff" : s;
  }

  static String nextFlywayVersion(List<String> existing) {
    FlywayVersion highest = null;
    for (String name : existing) {
      FlywayVersion v = FlywayVersion.of(name);
      if (v != null && (highest == null || v.compareTo(highest) > 0)) {
        highest = v;
      }
    }
    return highest == null ? "1" : highest.next();
  }

  static String nextNumber(List<String> existing) {
    BigInteger max = BigInteger.ZERO;
    int width = 4;
    for (String name : existing) {
      Matcher m = NUMBERED.matcher(name);
      if (m.matches()) {
        max = max.max(new BigInteger(m.group(1)));
        width = Math.max(width, m.group(1).length());
      }
    }
    String n = max.add(BigInteger.ONE).toString();
    return "0".repeat(Math.max(0, width - n.length())) + n;
  }
}
