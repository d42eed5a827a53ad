package io.schemadiff.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.schemadiff.dialect.Dialect;
import io.schemadiff.plan.OnlineDdl;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a step into SQL with the dialect's template for its change kind. Templates hold only SQL;
 * statements inside one template's output are separated by {@code ${sql.statementBreak}}, a
 * character no name, literal or server-deparsed expression can hold.
 */
public final class Renderer {
  private final Dialect dialect;
  private final Configuration config;
  private final SqlHelpers helpers;
  private final java.util.Set<String> clauses;
  private final java.util.regex.Pattern compoundStatement;

  public Renderer(Dialect dialect) {
    this.dialect = dialect;
    this.helpers = new SqlHelpers(dialect);
    this.config = new Configuration(Configuration.VERSION_2_3_34);
    // A variant's own templates first, then its parent's: it holds only what it writes differently.
    config.setTemplateLoader(new freemarker.cache.MultiTemplateLoader(dialect.lineage().stream()
        .map(d -> new ClassTemplateLoader(Renderer.class, "/templates/" + d))
        .toArray(freemarker.cache.TemplateLoader[]::new)));
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setNumberFormat("computer");
    this.clauses = java.util.Set.copyOf(dialect.list("alter.clauses"));
    String compound = dialect.optional("script.compound-statement");
    this.compoundStatement = compound.isEmpty() ? null : java.util.regex.Pattern.compile(compound);
  }

  /** Names as the SQL spells them, for comments beside the statements. */
  public io.schemadiff.diff.Names names() {
    return helpers;
  }

  /**
   * Statements that set up the session before the first step ({@code _session.ftl}, if the
   * dialect has one): MySQL pins a strict sql_mode so a value that does not fit fails.
   */
  public List<String> session() {
    return optional("_session.ftl");
  }

  /**
   * A statement as a script ends it: with a semicolon, or, where the dialect's clients split at
   * every semicolon (MySQL) and the statement holds some (a stored program's body), between
   * {@code DELIMITER} lines as the mysql client and Flyway read them.
   */
  public String terminated(String statement) {
    if (!needsDelimiter(statement)) {
      return statement + ";";
    }
    for (String delimiter : dialect.list("script.compound-delimiters")) {
      if (!statement.contains(delimiter)) {
        return "DELIMITER " + delimiter + "\n" + statement + delimiter + "\nDELIMITER ;";
      }
    }
    throw new RenderException(dialect.name() + ": render: a stored program holds every delimiter it could be"
        + " ended with (" + dialect.optional("script.compound-delimiters") + "): "
        + statement.lines().findFirst().orElse(""));
  }

  /** Whether a statement is a stored program whose body holds semicolons (see {@link #terminated}). */
  public boolean needsDelimiter(String statement) {
    return compoundStatement != null && statement.contains(";") && compoundStatement.matcher(statement).lookingAt();
  }

  /** Opens a transaction ({@code _begin.ftl}); empty where DDL is not transactional. */
  public List<String> begin() {
    return optional("_begin.ftl");
  }

  /** Commits it ({@code _commit.ftl}). */
  public List<String> commit() {
    return optional("_commit.ftl");
  }

  private List<String> optional(String template) {
    if (dialect.lineage().stream().noneMatch(d -> Renderer.class.getResource("/templates/" + d + "/" + template) != null)) {
      return List.of();
    }
    return statements(process(template, Map.of(), template));
  }

  /** The SQL statements for one step, each without its trailing semicolon. */
  public List<String> render(Step step) {
    return render(List.of(step));
  }

  /**
   * The SQL statements for a batch of steps. Steps whose kind the dialect lists in
   * {@code alter.clauses} render one clause each, and the clauses of a batch are joined into one
   * statement by {@code _alter.ftl}.
   */
  public List<String> render(List<Step> batch) {
    Step first = batch.get(0);
    if (!clauses.contains(first.change().kind().name())) {
      // A single step's template may have an online form (PostgreSQL CONCURRENTLY, NOT VALID).
      return statements(process(first.change().templateName(), Map.of("c", first.change(),
          "online", first.online() == null ? "" : first.online().name()), first.change().describe()));
    }
    // A clause template may add whole statements after its clause, separated by statement breaks.
    List<String> parts = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (Step s : batch) {
      List<String> rendered = statements(process(s.change().templateName(), Map.of("c", s.change()),
          s.change().describe()));
      parts.add(rendered.get(0));
      after.addAll(rendered.subList(1, rendered.size()));
    }
    OnlineDdl online = Plan.online(batch);
    Map<String, Object> model = new HashMap<>();
    model.put("table", first.change().table());
    model.put("clauses", parts);
    model.put("online", online == null ? "" : online.name());
    List<String> all = new ArrayList<>(statements(process("_alter.ftl", model, "alter table " + first.change().table())));
    all.addAll(after);
    return all;
  }

  private String process(String name, Map<String, Object> values, String what) {
    Map<String, Object> model = new HashMap<>(values);
    model.put("sql", helpers);
    StringWriter out = new StringWriter();
    try {
      Template template = config.getTemplate(name);
      template.process(model, out);
    } catch (TemplateNotFoundException e) {
      throw new RenderException(dialect.name() + ": render: no template templates/" + dialect.name()
          + "/" + name + " for " + what);
    } catch (IOException | TemplateException e) {
      throw new RenderException(dialect.name() + ": render: " + what + ": "
          + firstLine(e.getMessage()), e);
    }
    return out.toString();
  }

  private static List<String> statements(String text) {
    List<String> statements = new ArrayList<>();
    for (String part : text.split(SqlHelpers.STATEMENT_BREAK)) {
      String s = part.strip();
      if (!s.isEmpty()) {
        statements.add(s);
      }
    }
    return statements;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "template error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
