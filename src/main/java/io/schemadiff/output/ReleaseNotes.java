package io.schemadiff.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadiff.diff.Change;
import io.schemadiff.diff.Names;
import io.schemadiff.escape.Markdown;
import io.schemadiff.model.QName;
import io.schemadiff.output.ChangeText.Entry;
import io.schemadiff.output.ChangeText.Field;
import io.schemadiff.output.ChangeText.Status;
import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Release notes of a schema change: counts, what was not compared, every step with a hazard (the
 * destructive first), then one line per change grouped by schema and table, in Markdown to paste
 * into a changelog, or JSON.
 */
public record ReleaseNotes(String from, String to, String dialect, List<Entry> entries, List<Callout> callouts,
    List<String> warnings) {
  public static final String FORMAT = "schemadiff-notes";
  public static final int VERSION = 1;
  /** Every hazard a reviewer should see: all of them. */
  private static final Set<Hazard> CALLED_OUT = EnumSet.allOf(Hazard.class);

  /** A step worth a warning: what it does and why. */
  public record Callout(Change change, Hazard hazard) {
    public String step() {
      return change.describe();
    }
  }

  /** Names in Markdown: each a code span, so no name is read as markup. */
  private static final Names MARKDOWN = new Names() {
    @Override
    public String name(String identifier) {
      return Markdown.code(identifier);
    }

    @Override
    public String qualified(QName q) {
      return Markdown.code(q.name().isEmpty() ? q.schema() : q.toString());
    }

    @Override
    public String member(QName owner, String member) {
      return Markdown.code(owner + "." + member);
    }

    @Override
    public String value(String v) {
      return Markdown.code(v);
    }
  };

  public static List<Callout> callouts(Plan plan) {
    List<Callout> out = new ArrayList<>();
    for (Step s : plan.steps()) {
      for (Hazard h : s.hazards()) {
        if (CALLED_OUT.contains(h)) {
          out.add(new Callout(s.change(), h));
        }
      }
    }
    out.sort(java.util.Comparator.comparing((Callout c) -> c.hazard().ordinal()).thenComparing(Callout::step));
    return out;
  }

  /** The line for one change, e.g. {@code `orders.total`: type numeric(10,2) → numeric(12,2)}. */
  static String line(Entry e) {
    return line(e, Names.PLAIN);
  }

  /** The line with names and values written by {@code n}: as they are, or as Markdown code spans. */
  static String line(Entry e, Names n) {
    String label = e.kind().equals("column") ? n.value(e.object()) : e.kind() + " " + n.value(e.object());
    return switch (e.status()) {
      case ADDED -> label + ": added" + (e.definition() == null ? "" : " (" + n.value(ChangeText.oneLine(e.definition())) + ")");
      case DROPPED -> label + ": dropped" + (e.definition() == null ? "" : " (was " + n.value(ChangeText.oneLine(e.definition())) + ")");
      case CHANGED -> {
        List<String> parts = new ArrayList<>();
        for (Field f : e.fields()) {
          if (f.name().equals("position")) {
            parts.add("moved " + f.to());
          } else if (f.name().equals("definition")) {
            parts.add("was " + n.value(ChangeText.oneLine(f.from())) + "; now " + n.value(ChangeText.oneLine(f.to())));
          } else {
            parts.add(f.name() + " " + shown(f.from(), n) + " → " + shown(f.to(), n));
          }
        }
        yield label + ": " + String.join("; ", parts);
      }
    };
  }

  private static String shown(String v, Names n) {
    return v == null ? "none" : n.value(v);
  }

  private String counts() {
    List<String> parts = new ArrayList<>();
    for (Status s : Status.values()) {
      long n = ChangeText.count(entries, s);
      if (n > 0) {
        parts.add(n + " " + s.name().toLowerCase(Locale.ROOT));
      }
    }
    return entries.size() + (entries.size() == 1 ? " change" : " changes")
        + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  public String markdown(String ddlDiff) {
    StringBuilder sb = new StringBuilder("# Schema changes\n\n");
    sb.append(Markdown.code(from)).append(" → ").append(Markdown.code(to)).append(" (").append(dialect).append("): ")
        .append(counts()).append(".\n");
    if (entries.isEmpty()) {
      sb.append("\nNo schema changes.\n");
    }
    if (!warnings.isEmpty()) {
      sb.append("\n## Not compared\n\n");
      warnings.forEach(w -> sb.append("- ").append(Markdown.text(w)).append('\n'));
    }
    if (!callouts.isEmpty()) {
      sb.append("\n## Needs attention\n\n");
      for (Callout c : callouts) {
        sb.append("- **").append(c.hazard().title())
            .append("**: ").append(c.change().describe(MARKDOWN)).append(" (").append(Markdown.text(c.hazard().meaning()))
            .append(")\n");
      }
    }
    Map<String, Map<String, List<Entry>>> grouped = new LinkedHashMap<>();
    for (Entry e : entries) {
      grouped.computeIfAbsent(e.schema(), k -> new LinkedHashMap<>())
          .computeIfAbsent(e.table(), k -> new ArrayList<>()).add(e);
    }
    boolean schemaHeadings = grouped.size() > 1 || !grouped.containsKey("");
    for (var schema : grouped.entrySet()) {
      if (schemaHeadings) {
        sb.append("\n## Schema ").append(Markdown.code(schema.getKey())).append('\n');
      }
      for (var table : schema.getValue().entrySet()) {
        if (!table.getKey().isEmpty()) {
          sb.append('\n').append(schemaHeadings ? "### " : "## ").append(Markdown.code(table.getKey())).append("\n\n");
        } else {
          sb.append('\n');
        }
        for (Entry e : table.getValue()) {
          sb.append("- ").append(line(e, MARKDOWN)).append('\n');
        }
      }
    }
    if (ddlDiff != null && !ddlDiff.isEmpty()) {
      sb.append("\n## DDL\n\n").append(Markdown.fence(ddlDiff, "diff"));
    }
    return sb.toString();
  }

  public String json(String ddlDiff) {
    ObjectNode root = ReportJson.object();
    root.put("format", FORMAT).put("version", VERSION).put("dialect", dialect).put("from", from).put("to", to);
    ObjectNode counts = root.putObject("counts");
    for (Status s : Status.values()) {
      counts.put(s.name().toLowerCase(Locale.ROOT), ChangeText.count(entries, s));
    }
    ArrayNode notCompared = root.putArray("warnings");
    warnings.forEach(notCompared::add);
    ArrayNode attention = root.putArray("attention");
    for (Callout c : callouts) {
      attention.addObject().put("step", c.step()).put("hazard", c.hazard().name()).put("meaning", c.hazard().meaning());
    }
    ArrayNode list = root.putArray("changes");
    for (Entry e : entries) {
      ObjectNode n = list.addObject();
      n.put("status", e.status().name().toLowerCase(Locale.ROOT)).put("kind", e.kind())
          .put("schema", e.schema()).put("table", e.table()).put("object", e.object());
      if (e.definition() != null) {
        n.put("definition", e.definition());
      }
      ArrayNode fields = n.putArray("fields");
      for (Field f : e.fields()) {
        fields.addObject().put("name", f.name()).put("from", f.from()).put("to", f.to());
      }
      n.put("text", line(e));
    }
    if (ddlDiff != null) {
      root.put("ddl", ddlDiff);
    }
    return ReportJson.write(root);
  }
}
