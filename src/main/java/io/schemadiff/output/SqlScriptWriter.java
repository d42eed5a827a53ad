package io.schemadiff.output;

import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import io.schemadiff.escape.SqlComment;
import io.schemadiff.render.Renderer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The migration as an SQL script: a header, then each step's comment, hazards and statements. */
public final class SqlScriptWriter {
  private SqlScriptWriter() {}

  public record Header(String dialect, String from, String to, List<String> namespaces, List<String> notes) {}

  public static void write(Header header, Plan plan, Renderer renderer, StringBuilder out) {
    write(header, plan, renderer, out, 95);
  }

  /**
   * With {@code width} 0 notes are not wrapped, so every comment line starts with words of ours
   * (a verb, "hazard", "warning"), never with a name: Liquibase reads some words after
   * {@code --} as directives.
   */
  public static void write(Header header, Plan plan, Renderer renderer, StringBuilder out, int width) {
    comment(out, "schemadiff migration (" + header.dialect() + ")");
    comment(out, "from:    " + header.from());
    comment(out, "to:      " + header.to());
    if (!header.namespaces().equals(List.of(""))) {
      comment(out, "schemas: " + String.join(", ", header.namespaces().stream().map(renderer.names()::name).toList()));
    }
    comment(out, "changes: " + counts(plan));
    for (String note : header.notes()) {
      for (String line : width == 0 ? List.of(note) : wrap(note, width)) {
        comment(out, line);
      }
    }
    if (plan.isEmpty()) {
      comment(out, "no changes");
      return;
    }
    for (List<Step> batch : plan.batches()) {
      out.append('\n');
      // In a combined statement, each hazard is indented under the step it belongs to.
      String hazardPrefix = batch.size() > 1 ? "  hazard " : "hazard ";
      for (Step step : batch) {
        comment(out, step.change().describe(renderer.names()));
        for (Hazard h : step.hazards()) {
          comment(out, hazardPrefix + h.name() + ": " + h.meaning());
        }
      }
      for (String statement : renderer.render(batch)) {
        out.append(statement).append(";\n");
      }
    }
  }

  /** Every comment line goes through the one SQL-comment escape: no name can end it early. */
  private static void comment(StringBuilder out, String text) {
    out.append(SqlComment.line(text)).append('\n');
  }

  /** Breaks at spaces only: any other whitespace is part of a name, escaped on its line. */
  private static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** e.g. {@code 5 (2 create table, 3 add column)}. */
  static String counts(Plan plan) {
    Map<String, Integer> byKind = new TreeMap<>();
    for (Step s : plan.steps()) {
      byKind.merge(s.change().verb(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder().append(plan.steps().size());
    if (!byKind.isEmpty()) {
      sb.append(" (");
      String sep = "";
      for (Map.Entry<String, Integer> e : byKind.entrySet()) {
        sb.append(sep).append(e.getValue()).append(' ').append(e.getKey());
        sep = ", ";
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
