package io.schemadiff.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadiff.escape.GithubCommand;
import io.schemadiff.escape.PlainText;
import io.schemadiff.escape.Xml;
import io.schemadiff.model.Schema;
import io.schemadiff.output.ChangeText.Entry;
import io.schemadiff.output.ChangeText.Field;
import io.schemadiff.output.ChangeText.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The result of a drift check, in each format CI systems read. Entries come from the changes that
 * would turn the actual schema into the expected one: an added object is missing from the actual
 * schema, a dropped one is extra, a changed one differs (field {@code from} = actual, {@code to} =
 * expected). {@code warnings} say what was present but not compared, so "no drift" is never
 * claimed of what was not looked at.
 */
public record DriftReport(String expected, String actual, String dialect, List<Entry> entries, List<String> objects,
    List<String> warnings, String expectedServer, String actualServer, double seconds) {
  public static final String FORMAT = "schemadiff-check";
  public static final int VERSION = 1;

  /** Every table, view and enum on either side, by display name: each is one test case in JUnit XML. */
  public static List<String> objects(Schema a, Schema b) {
    TreeSet<String> names = new TreeSet<>();
    for (Schema s : List.of(a, b)) {
      s.enums().forEach(e -> names.add("enum " + e.name()));
      s.tables().forEach(t -> names.add("table " + t.name()));
      s.views().forEach(v -> names.add("view " + v.name()));
      s.objects().stream().filter(o -> o.ref().table().isEmpty())
          .forEach(o -> names.add(o.kind() + " " + o.ref().qname()));
    }
    return List.copyOf(names);
  }

  public boolean drift() {
    return !entries.isEmpty();
  }

  static String word(Status s) {
    return switch (s) {
      case ADDED -> "missing";
      case DROPPED -> "extra";
      case CHANGED -> "different";
    };
  }

  /** One line for an entry, e.g. {@code different column orders.total: type expected numeric(12,2), actual numeric(10,2)}. */
  static String line(Entry e) {
    StringBuilder sb = new StringBuilder(word(e.status())).append(' ').append(e.kind()).append(' ')
        .append(qualified(e));
    if (e.status() == Status.CHANGED) {
      List<String> parts = new ArrayList<>();
      for (Field f : e.fields()) {
        parts.add(f.name() + " expected " + shown(f.name(), f.to()) + ", actual " + shown(f.name(), f.from()));
      }
      sb.append(": ").append(String.join("; ", parts));
    } else if (e.definition() != null) {
      sb.append(": ").append(ChangeText.oneLine(e.definition()));
    }
    return sb.toString();
  }

  private static String qualified(Entry e) {
    return e.schema().isEmpty() || e.kind().equals("schema") ? e.object() : e.schema() + "." + e.object();
  }

  /** A value as it is; a definition (a pretty-printed view) folded onto one line. */
  private static String shown(String field, String value) {
    return value == null ? "(none)" : field.equals("definition") ? ChangeText.oneLine(value) : value;
  }

  public String text() {
    StringBuilder warned = new StringBuilder();
    warnings.forEach(w -> warned.append("  warning: ").append(PlainText.line(w)).append('\n'));
    if (!drift()) {
      return "schemadiff check: no drift (" + objects.size() + " objects compared; " + servers() + ")\n" + warned;
    }
    StringBuilder sb = new StringBuilder("schemadiff check: drift: ").append(counts()).append('\n');
    sb.append(warned);
    sb.append("  expected: ").append(PlainText.line(expected)).append("\n  actual:   ").append(PlainText.line(actual))
        .append("\n  servers:  ").append(PlainText.line(servers())).append('\n');
    for (Entry e : entries) {
      sb.append("  ").append(PlainText.line(line(e))).append('\n');
    }
    return sb.toString();
  }

  /**
   * Which server each side was read on (SQL files: the one they were loaded on; a snapshot: the
   * one it was taken on): views and defaults are spelled by the server, so sides read on other
   * versions can differ in text only.
   */
  String servers() {
    String e = expectedServer == null || expectedServer.isEmpty() ? "unknown" : expectedServer;
    String a = actualServer == null || actualServer.isEmpty() ? "unknown" : actualServer;
    return e.equals(a) ? "both read on " + dialect + " " + e : "expected read on " + dialect + " " + e + ", actual on " + a;
  }

  private String counts() {
    List<String> parts = new ArrayList<>();
    for (Status s : Status.values()) {
      long n = ChangeText.count(entries, s);
      if (n > 0) {
        parts.add(n + " " + word(s));
      }
    }
    return String.join(", ", parts);
  }

  public String json() {
    ObjectNode root = ReportJson.object();
    root.put("format", FORMAT).put("version", VERSION).put("dialect", dialect)
        .put("expected", expected).put("actual", actual).put("drift", drift());
    root.putObject("servers").put("expected", expectedServer).put("actual", actualServer);
    ObjectNode counts = root.putObject("counts");
    for (Status s : Status.values()) {
      counts.put(word(s), ChangeText.count(entries, s));
    }
    ArrayNode notCompared = root.putArray("warnings");
    warnings.forEach(notCompared::add);
    ArrayNode list = root.putArray("differences");
    for (Entry e : entries) {
      ObjectNode n = list.addObject();
      n.put("status", word(e.status())).put("kind", e.kind()).put("schema", e.schema())
          .put("table", e.table()).put("object", e.object());
      if (e.definition() != null) {
        n.put("definition", e.definition());
      }
      ArrayNode fields = n.putArray("fields");
      for (Field f : e.fields()) {
        fields.addObject().put("name", f.name()).put("expected", f.to()).put("actual", f.from());
      }
      n.put("message", line(e));
    }
    return ReportJson.write(root);
  }

  /** Where an entry is written in the files of either side, for annotations that point at a line. */
  public interface Locator {
    java.util.Optional<io.schemadiff.source.SourceLocations.Location> locate(Entry e);
  }

  /**
   * GitHub Actions workflow commands: one error annotation per difference, on the file and line
   * that define the object where a side is files (a migration, a schema file, a snapshot).
   */
  public String github(Locator locator) {
    StringBuilder sb = new StringBuilder();
    for (String w : warnings) {
      sb.append("::warning title=schemadiff check::").append(GithubCommand.message(w)).append('\n');
    }
    if (!drift()) {
      sb.append("::notice title=schemadiff check::no schema drift\n");
    }
    for (Entry e : entries) {
      sb.append("::error ");
      locator.locate(e).ifPresent(l -> sb.append("file=").append(GithubCommand.property(l.file()))
          .append(",line=").append(l.line()).append(','));
      sb.append("title=").append(GithubCommand.property("schema drift (" + word(e.status()) + " " + e.kind() + ")"))
          .append("::").append(GithubCommand.message(line(e))).append('\n');
    }
    return sb.toString();
  }

  /** A check that could not compare (a side could not be read): one error annotation. */
  public static String githubError(String message) {
    return "::error title=schemadiff check::" + GithubCommand.message("cannot check: " + message) + "\n";
  }

  /** JUnit XML: a test case per table and view, failed when it drifted; the suite's time is the check's. */
  public String junit() {
    List<String> failed = new ArrayList<>();
    List<String> cases = new ArrayList<>(objects);
    for (Entry e : entries) {
      String key = caseName(e);
      if (!cases.contains(key)) {
        cases.add(key);
      }
    }
    StringBuilder body = new StringBuilder();
    for (String name : cases) {
      List<Entry> mine = entries.stream().filter(e -> caseName(e).equals(name)).toList();
      body.append("    <testcase classname=\"schemadiff.check\" name=\"").append(Xml.attribute(name))
          .append("\" time=\"0\"");
      if (mine.isEmpty()) {
        body.append("/>\n");
        continue;
      }
      failed.add(name);
      // Every difference of the object, in the message (what most CI pages show) and the body.
      String lines = String.join("\n", mine.stream().map(DriftReport::line).toList());
      body.append(">\n      <failure message=\"").append(Xml.attribute(lines))
          .append("\" type=\"drift\">").append(Xml.text(lines)).append("</failure>\n    </testcase>\n");
    }
    if (!warnings.isEmpty()) {
      body.append("    <system-err>").append(Xml.text(String.join("\n", warnings))).append("</system-err>\n");
    }
    return suite(cases.size(), failed.size(), 0, seconds, body.toString());
  }

  /**
   * JUnit XML for a check that could not compare: one test case in error, so CI shows why
   * (the exit code stays that of the failure).
   */
  public static String junitError(String message, String type, double seconds) {
    String body = "    <testcase classname=\"schemadiff.check\" name=\"read the sources\" time=\""
        + time(seconds) + "\">\n      <error message=\"" + Xml.attribute(message) + "\" type=\"" + Xml.attribute(type)
        + "\">" + Xml.text(message) + "</error>\n    </testcase>\n";
    return suite(1, 0, 1, seconds, body);
  }

  private static String suite(int tests, int failures, int errors, double seconds, String body) {
    String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"schemadiff check\"" + counts
        + " time=\"" + time(seconds) + "\">\n  <testsuite name=\"schemadiff check\"" + counts
        + " skipped=\"0\" time=\"" + time(seconds) + "\">\n" + body + "  </testsuite>\n</testsuites>\n";
  }

  private static String time(double seconds) {
    return String.format(java.util.Locale.ROOT, "%.3f", seconds);
  }

  private static String caseName(Entry e) {
    if (e.kind().equals("schema")) {
      return "schema " + e.object();
    }
    if (e.table().isEmpty()) {
      return e.kind() + " " + qualified(e); // an object of its own (a sequence, a function)
    }
    String table = e.schema().isEmpty() ? e.table() : e.schema() + "." + e.table();
    return (e.kind().equals("view") || e.kind().equals("enum") ? e.kind() + " " : "table ") + table;
  }

}
