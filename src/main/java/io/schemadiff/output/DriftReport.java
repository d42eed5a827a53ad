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
    List<String> warnings, String expectedServer, String actualServer) {
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

  /** GitHub Actions workflow commands: one error annotation per difference. */
  public String github() {
    StringBuilder sb = new StringBuilder();
    for (String w : warnings) {
      sb.append("::warning title=schemadiff check::").append(GithubCommand.message(w)).append('\n');
    }
    if (!drift()) {
      sb.append("::notice title=schemadiff check::no schema drift\n");
    }
    for (Entry e : entries) {
      sb.append("::error title=").append(GithubCommand.property("schema drift (" + word(e.status()) + " " + e.kind() + ")"))
          .append("::").append(GithubCommand.message(line(e))).append('\n');
    }
    return sb.toString();
  }

  /** JUnit XML: a test case per table and view, failed when it drifted. */
  public String junit() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
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
      body.append("    <testcase classname=\"schemadiff.check\" name=\"").append(Xml.attribute(name)).append('"');
      if (mine.isEmpty()) {
        body.append("/>\n");
        continue;
      }
      failed.add(name);
      String lines = String.join("\n", mine.stream().map(DriftReport::line).toList());
      body.append(">\n      <failure message=\"").append(Xml.attribute(lines))
          .append("\" type=\"drift\">").append(Xml.text(lines)).append("</failure>\n    </testcase>\n");
    }
    sb.append("<testsuites>\n  <testsuite name=\"schemadiff check\" tests=\"").append(cases.size())
        .append("\" failures=\"").append(failed.size()).append("\" errors=\"0\">\n")
        .append(body);
    if (!warnings.isEmpty()) {
      sb.append("    <system-err>").append(Xml.text(String.join("\n", warnings))).append("</system-err>\n");
    }
    sb.append("  </testsuite>\n</testsuites>\n");
    return sb.toString();
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
