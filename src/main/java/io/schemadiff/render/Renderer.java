package io.schemadiff.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.schemadiff.dialect.Dialect;
import io.schemadiff.plan.Step;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a step into SQL with the dialect's template for its change kind. Templates hold only SQL;
 * statements inside one template's output are separated by a line holding only {@code ;;}.
 */
public final class Renderer {
  private final Dialect dialect;
  private final Configuration config;
  private final SqlHelpers helpers;

  public Renderer(Dialect dialect) {
    this.dialect = dialect;
    this.helpers = new SqlHelpers(dialect);
    this.config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(new ClassTemplateLoader(Renderer.class, "/templates/" + dialect.name()));
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setNumberFormat("computer");
  }

  /** The SQL statements for one step, each without its trailing semicolon. */
  public List<String> render(Step step) {
    String name = step.change().kind().templateName();
    Map<String, Object> model = new HashMap<>();
    model.put("c", step.change());
    model.put("sql", helpers);
    StringWriter out = new StringWriter();
    try {
      Template template = config.getTemplate(name);
      template.process(model, out);
    } catch (TemplateNotFoundException e) {
      throw new RenderException(dialect.name() + ": render: no template templates/" + dialect.name()
          + "/" + name + " for " + step.change().describe());
    } catch (IOException | TemplateException e) {
      throw new RenderException(dialect.name() + ": render: " + step.change().describe() + ": "
          + firstLine(e.getMessage()), e);
    }
    List<String> statements = new ArrayList<>();
    for (String part : out.toString().split("(?m)^;;\\s*$")) {
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
