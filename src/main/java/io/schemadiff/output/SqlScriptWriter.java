package io.schemadiff.output;

import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import io.schemadiff.render.Renderer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The migration as an SQL script: a header, then each step's comment, hazards and statements. */
public final class SqlScriptWriter {
  private SqlScriptWriter() {}

  public record Header(String dialect, String from, String to, List<String> namespaces, List<String> notes) {}

  public static void write(Header header, Plan plan, Renderer renderer, StringBuilder out) {
    out.append("-- schemadiff migration (").append(header.dialect()).append(")\n");
    out.append("-- from:    ").append(header.from()).append('\n');
    out.append("-- to:      ").append(header.to()).append('\n');
    if (!header.namespaces().equals(List.of(""))) {
      out.append("-- schemas: ").append(String.join(", ", header.namespaces())).append('\n');
    }
    out.append("-- changes: ").append(counts(plan)).append('\n');
    for (String note : header.notes()) {
      for (String line : wrap(note, 95)) {
        out.append("-- ").append(line).append('\n');
      }
    }
    if (plan.isEmpty()) {
      out.append("-- no changes\n");
      return;
    }
    for (List<Step> batch : plan.batches()) {
      out.append('\n');
      // In a combined statement, each hazard is indented under the step it belongs to.
      String hazardPrefix = batch.size() > 1 ? "--   hazard " : "-- hazard ";
      for (Step step : batch) {
        out.append("-- ").append(step.comment()).append('\n');
        for (Hazard h : step.hazards()) {
          out.append(hazardPrefix).append(h.name()).append(": ").append(h.meaning()).append('\n');
        }
      }
      for (String statement : renderer.render(batch)) {
        out.append(statement).append(";\n");
      }
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
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
      byKind.merge(s.change().kind().verb(), 1, Integer::sum);
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
