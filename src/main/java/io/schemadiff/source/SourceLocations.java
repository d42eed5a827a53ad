package io.schemadiff.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an object is written in a source's files, for annotations that point at a line: in SQL
 * files, the statement that creates it (a member, such as a column or an index, where that
 * statement or a later one on its table names it); in a snapshot, its entry. A database has no
 * lines: {@link #none()}. Best effort: an object not found has no location.
 */
public final class SourceLocations {
  /** A file as the user named it (relative stays relative), and a 1-based line. */
  public record Location(String file, int line) {}

  private record Placed(String file, SqlScript.Statement statement) {}

  private final List<Placed> statements;
  private final Map<String, Location> snapshot;

  private SourceLocations(List<Placed> statements, Map<String, Location> snapshot) {
    this.statements = statements;
    this.snapshot = snapshot;
  }

  public static SourceLocations none() {
    return new SourceLocations(List.of(), Map.of());
  }

  /** The locations in a source argument's files; none for a database, {@code empty}, or files that cannot be read. */
  public static SourceLocations of(String argument, boolean mysqlSyntax) {
    try {
      if (io.schemadiff.snapshot.Snapshots.isSnapshot(argument)) {
        return new SourceLocations(List.of(), snapshot(Path.of(argument)));
      }
      if (!SourceResolver.namesFiles(argument)) {
        return none();
      }
      List<Placed> all = new ArrayList<>();
      for (Path file : SqlFiles.list("", Path.of(argument))) {
        for (SqlScript.Statement s : SqlScript.split(SqlFiles.read(file), mysqlSyntax)) {
          all.add(new Placed(file.toString(), s));
        }
      }
      return new SourceLocations(all, Map.of());
    } catch (SourceException | IOException | java.nio.file.InvalidPathException | java.io.UncheckedIOException e) {
      return none(); // the comparison read these files already; a location is only a help
    }
  }

  /**
   * @param schema the object's schema ("" where the dialect has none in names)
   * @param name the table, view, type or other object
   * @param member a column, constraint, index or trigger of it, or null
   */
  public Optional<Location> find(String schema, String name, String member) {
    if (!snapshot.isEmpty()) {
      Location l = member == null ? null : snapshot.get(key(schema, name, member));
      return Optional.ofNullable(l != null ? l : snapshot.get(key(schema, name, null)));
    }
    Pattern created = created(name);
    Pattern table = word(name);
    Pattern mentioned = member == null ? null : word(member);
    for (int i = 0; i < statements.size(); i++) {
      Placed p = statements.get(i);
      Matcher m = created.matcher(p.statement().sql());
      if (!m.find()) {
        continue;
      }
      if (member != null) {
        Optional<Location> inside = word(p, mentioned, m.end());
        if (inside.isPresent()) {
          return inside;
        }
        for (Placed later : statements.subList(i + 1, statements.size())) {
          Matcher t = table.matcher(later.statement().sql());
          if (t.find()) {
            Optional<Location> there = word(later, mentioned, 0);
            if (there.isPresent()) {
              return there;
            }
          }
        }
      }
      return Optional.of(new Location(p.file(), p.statement().lineOf(m.start() + 1)));
    }
    if (member != null) {
      // A member created by a statement of its own (CREATE INDEX name ON …) on a table made elsewhere.
      Pattern own = created(member);
      for (Placed p : statements) {
        Matcher m = own.matcher(p.statement().sql());
        if (m.find() && table.matcher(p.statement().sql()).find()) {
          return Optional.of(new Location(p.file(), p.statement().lineOf(m.start() + 1)));
        }
      }
    }
    return Optional.empty();
  }

  /** The first place after {@code from} where a statement names {@code name}, as a whole word. */
  private static Optional<Location> word(Placed p, Pattern name, int from) {
    Matcher m = name.matcher(p.statement().sql());
    return m.find(from) ? Optional.of(new Location(p.file(), p.statement().lineOf(m.start() + 1))) : Optional.empty();
  }

  /** A name as SQL may write it: bare (any case), "quoted" or `quoted`. */
  private static Pattern word(String name) {
    String q = Pattern.quote(name);
    return Pattern.compile("(?<![\\w$])(?:\"" + q + "\"|`" + q + "`|(?i:" + q + "))(?![\\w$])");
  }

  /** {@code CREATE [OR REPLACE] <kind words> [IF NOT EXISTS] [schema.]name}. */
  private static Pattern created(String name) {
    String q = Pattern.quote(name);
    String kinds = "(?:TABLE|VIEW|MATERIALIZED|UNLOGGED|TEMPORARY|TEMP|UNIQUE|FULLTEXT|SPATIAL|INDEX|CONCURRENTLY"
        + "|TYPE|SEQUENCE|FUNCTION|PROCEDURE|TRIGGER|CONSTRAINT|DOMAIN|SCHEMA|EXTENSION|AGGREGATE|COLLATION"
        + "|POLICY|EVENT|RECURSIVE|TEXT|SEARCH|CONFIGURATION|DICTIONARY|PARSER|TEMPLATE"
        + "|ALGORITHM\\s*=\\s*\\w+|SQL\\s+SECURITY\\s+\\w+|DEFINER\\s*=\\s*\\S+)";
    String qualifier = "(?:(?:\"[^\"]+\"|`[^`]+`|[\\w$]+)\\.)?";
    return Pattern.compile("(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:" + kinds + "\\s+)+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
        + qualifier + "(?-i:\"" + q + "\"|`" + q + "`)|(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:" + kinds
        + "\\s+)+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + qualifier + q + "(?![\\w$])");
  }

  private static String key(String schema, String name, String member) {
    return (schema == null ? "" : schema) + "\u0000" + name + "\u0000" + (member == null ? "" : member);
  }

  /**
   * A snapshot's tables, views, enums and objects by name, each at the line it starts on, and the
   * named members of each (columns, indexes, constraints) at the line of their name.
   */
  private static Map<String, Location> snapshot(Path file) throws IOException {
    Map<String, Location> out = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(Files.newBufferedReader(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (p.currentToken() == JsonToken.START_ARRAY
            && List.of("tables", "views", "enums", "objects").contains(field)) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            element(p, file.toString(), out);
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return out;
  }

  private static void element(JsonParser p, String file, Map<String, Location> out) throws IOException {
    int start = p.currentTokenLocation().getLineNr();
    Map<String, String> name = new HashMap<>();
    Map<String, Integer> members = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ((field.equals("name") || field.equals("ref")) && value == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String part = p.currentName();
          p.nextToken();
          name.put(part, p.getValueAsString());
          p.skipChildren();
        }
      } else if (value == JsonToken.START_ARRAY) {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
          if (t == JsonToken.START_OBJECT) {
            member(p, members);
          } else {
            p.skipChildren();
          }
        }
      } else if (value == JsonToken.START_OBJECT) { // a primary key
        member(p, members);
      } else {
        p.skipChildren();
      }
    }
    String schema = name.getOrDefault("schema", "");
    String table = name.getOrDefault("table", "");
    String own = name.get("name");
    if (own == null) {
      return;
    }
    if (!table.isEmpty()) { // an object of a table (a trigger): a member of it
      out.putIfAbsent(key(schema, table, own), new Location(file, start));
      return;
    }
    out.putIfAbsent(key(schema, own, null), new Location(file, start));
    members.forEach((m, line) -> out.putIfAbsent(key(schema, own, m), new Location(file, line)));
  }

  /** An object inside an element: where its "name" is, if it has one. */
  private static void member(JsonParser p, Map<String, Integer> members) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String part = p.currentName();
      JsonToken v = p.nextToken();
      if (part.equals("name") && v == JsonToken.VALUE_STRING) {
        members.putIfAbsent(p.getText(), p.currentTokenLocation().getLineNr());
      }
      p.skipChildren();
    }
  }
}
