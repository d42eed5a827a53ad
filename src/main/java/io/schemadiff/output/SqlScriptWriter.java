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

  public record Header(String dialect, String from, String to, List<String> namespaces, List<String> notes) {
    /** The header with one more note, after the others. */
    public Header withNote(String note) {
      List<String> more = new java.util.ArrayList<>(notes);
      more.add(note);
      return new Header(dialect, from, to, namespaces, more);
    }
  }

  /** A script for a tool that runs it as it is (psql, mysql): in transactions where the dialect has them. */
  public static void write(Header header, Plan plan, Renderer renderer, StringBuilder out) {
    write(header, plan, renderer, out, 95, true);
  }

  /** A script for a migration tool (Flyway, Liquibase), which keeps the transaction to itself. */
  public static void write(Header header, Plan plan, Renderer renderer, StringBuilder out, int width) {
    write(header, plan, renderer, out, width, false);
  }

  /**
   * With {@code width} 0 notes are not wrapped, so every comment line starts with words of ours
   * (a verb, "hazard", "warning"), never with a name: Liquibase reads some words after
   * {@code --} as directives.
   */
  public static void write(Header header, Plan plan, Renderer renderer, StringBuilder out, int width,
      boolean transactions) {
    List<String> begin = transactions && !plan.isEmpty() ? renderer.begin() : List.of();
    comment(out, "schemadiff migration (" + header.dialect() + ")");
    if (header.from() != null) { // null: not recorded (migrate --no-source-header)
      comment(out, "from:    " + header.from());
      comment(out, "to:      " + header.to());
    }
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
    if (!begin.isEmpty()) {
      for (String line : wrap(transactionNote(plan), width == 0 ? Integer.MAX_VALUE : width)) {
        comment(out, line);
      }
    }
    List<String> session = renderer.session();
    if (!session.isEmpty()) {
      out.append('\n');
      comment(out, "session: strict SQL mode, so a value that does not fit fails instead of being cut");
      statements(out, session, renderer);
    }
    boolean open = false;
    for (List<Step> batch : plan.batches()) {
      if (!begin.isEmpty() && open == Plan.apart(batch)) {
        out.append('\n');
        statements(out, open ? renderer.commit() : begin, renderer);
        open = !open;
      }
      out.append('\n');
      // In a combined statement, each hazard is indented under the step it belongs to.
      String hazardPrefix = batch.size() > 1 ? "  hazard " : "hazard ";
      for (Step step : batch) {
        comment(out, step.change().describe(renderer.names()));
        for (Hazard h : step.hazards()) {
          comment(out, hazardPrefix + h.name() + ": " + h.meaning());
        }
      }
      statements(out, renderer.render(batch), renderer);
    }
    if (open) {
      out.append('\n');
      statements(out, renderer.commit(), renderer);
    }
  }

  private static void statements(StringBuilder out, List<String> statements, Renderer renderer) {
    statements.forEach(st -> out.append(renderer.terminated(st)).append('\n'));
  }

  private static String transactionNote(Plan plan) {
    int groups = 0;
    int alone = 0;
    boolean open = false;
    for (List<Step> batch : plan.batches()) {
      if (Plan.apart(batch)) {
        alone++;
        open = false;
      } else if (!open) {
        groups++;
        open = true;
      }
    }
    if (alone == 0) {
      return "runs as one transaction (BEGIN … COMMIT): if a statement fails, nothing is changed";
    }
    if (groups == 0) {
      return "runs statement by statement: none of its statements can share a transaction (NON_TRANSACTIONAL); "
          + "if one fails, those before it stay; run schemadiff again to finish";
    }
    return "runs as " + groups + " transaction" + (groups == 1 ? "" : "s") + ", with the " + alone
        + " NON_TRANSACTIONAL statement" + (alone == 1 ? "" : "s") + " outside them: if a statement fails, "
        + "what ran before it stays; run schemadiff again to finish";
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
