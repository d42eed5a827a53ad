package io.schemadiff.source;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files an SQL source names: one file, or a folder's {@code *.sql}. Flyway's
 * {@code V<version>__*.sql} run in version order, then repeatable {@code R__*.sql} and any others
 * in name order; undo migrations {@code U<version>__*.sql} are not run, as Flyway's migrate does not.
 */
public final class SqlFiles {
  private static final Pattern UNDO = Pattern.compile("U\\d+(?:[._]\\d+)*__.*\\.sql");

  private SqlFiles() {}

  public static List<Path> list(String flag, Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": no such file or folder: " + path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(path)) {
      s.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p)
              && !UNDO.matcher(p.getFileName().toString()).matches())
          .forEach(files::add);
    } catch (IOException e) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": cannot read folder " + path);
    }
    if (files.isEmpty()) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": no .sql files in " + path);
    }
    files.sort(ORDER);
    return files;
  }

  public static String read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      // Editors on Windows start UTF-8 files with a byte-order mark; psql skips it too.
      return withoutLiquibaseDirectives(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (MalformedInputException e) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, file + ": cannot read: " + e.getMessage());
    }
  }

  private static final Pattern LIQUIBASE = Pattern.compile("--\\s*liquibase\\s+formatted\\s+sql.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIRECTIVE = Pattern.compile(
      "--\\s*(changeset|rollback|comment|precondition|onFail|onError|validCheckSum|property|include)\\b.*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern IGNORE_LINES = Pattern.compile("--\\s*ignoreLines:\\s*(start|end|\\d+)\\s*",
      Pattern.CASE_INSENSITIVE);

  /**
   * A Liquibase formatted SQL file as Liquibase runs it: its directive lines ({@code --changeset},
   * {@code --rollback}, …; MySQL reads {@code --x} as SQL, not as a comment) and the lines it is
   * told to ignore are blanked, so line numbers stay those of the file. Other files are as they are.
   */
  static String withoutLiquibaseDirectives(String text) {
    int eol = text.indexOf('\n');
    if (!LIQUIBASE.matcher((eol < 0 ? text : text.substring(0, eol)).strip()).matches()) {
      return text; // every SQL file passes here: only a Liquibase one is split into lines
    }
    String[] lines = text.split("\n", -1);
    int ignored = 0;
    boolean ignoring = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      var ignore = IGNORE_LINES.matcher(line);
      boolean blank = ignoring || ignored > 0 || ignore.matches() || LIQUIBASE.matcher(line).matches()
          || DIRECTIVE.matcher(line).matches();
      if (ignored > 0) {
        ignored--;
      }
      if (ignore.matches()) {
        String what = ignore.group(1).toLowerCase(java.util.Locale.ROOT);
        ignoring = what.equals("start");
        ignored = what.matches("\\d+") ? Integer.parseInt(what) : 0;
      }
      if (blank) {
        lines[i] = lines[i].endsWith("\r") ? "\r" : "";
      }
    }
    return String.join("\n", lines);
  }

  private static final Comparator<Path> ORDER = Comparator
      .comparing((Path p) -> FlywayVersion.of(p.getFileName().toString()),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(p -> p.getFileName().toString());
}
