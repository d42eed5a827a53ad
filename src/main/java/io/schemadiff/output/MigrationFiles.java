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
 *
 * <p>A Flyway migration with steps that cannot run in a transaction is written as parts, each all
 * in a transaction or all outside one: {@code V5__x.sql}, {@code V5.1__x_non_transactional.sql},
 * {@code V5.2__x_continued.sql}. A part does not count when the next version is chosen, so the
 * migration after them is {@code V6}.
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

  /**
   * The files of each part of one Flyway migration (a single part keeps the plain names), the
   * non-transactional parts named so.
   */
  public static List<Names> flywayParts(Names first, String description, List<Boolean> apart) {
    if (apart.size() == 1) {
      return List.of(first);
    }
    String slug = slug(description);
    String separator = first.version().contains("_") ? "_" : ".";
    List<Names> parts = new java.util.ArrayList<>();
    for (int i = 0; i < apart.size(); i++) {
      String version = i == 0 ? first.version() : first.version() + separator + i;
      String name = i == 0 ? slug : slug + (apart.get(i) ? NON_TRANSACTIONAL : CONTINUED);
      parts.add(new Names("V" + version + "__" + name + ".sql", "U" + version + "__" + name + ".sql", version));
    }
    return parts;
  }

  private static final String NON_TRANSACTIONAL = "_non_transactional";
  private static final String CONTINUED = "_continued";

  static String nextFlywayVersion(List<String> existing) {
    FlywayVersion highest = null;
    for (String name : existing) {
      FlywayVersion v = FlywayVersion.of(name);
      if (v != null && !part(name, v, existing) && (highest == null || v.compareTo(highest) > 0)) {
        highest = v;
      }
    }
    return highest == null ? "1" : highest.next();
  }

  /**
   * Whether a file is a later part of a migration written in parts: its version is another
   * file's with one more part, and its description that file's with a part suffix.
   */
  private static boolean part(String name, FlywayVersion v, List<String> existing) {
    if (v.parts().size() < 2 || !(name.endsWith(NON_TRANSACTIONAL + ".sql") || name.endsWith(CONTINUED + ".sql"))) {
      return false;
    }
    String description = name.substring(name.indexOf("__") + 2);
    for (String other : existing) {
      FlywayVersion o = FlywayVersion.of(other);
      if (o != null && o.parts().equals(v.parts().subList(0, v.parts().size() - 1))
          && description.startsWith(other.substring(other.indexOf("__") + 2, other.length() - ".sql".length()) + "_")) {
        return true;
      }
    }
    return false;
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
