package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.output.DdlDiff;
import io.schemadiff.output.PlanJson;
import io.schemadiff.output.SqlScriptWriter;
import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import io.schemadiff.render.Renderer;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code schemadiff diff}: the migration from one source to another. */
final class DiffCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  DiffCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  static Options options() {
    Options o = CommonOptions.fromTo();
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
        .desc("write the migration to FILE instead of stdout").get());
    o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
        .desc("sql (default), json (the plan as data), summary, or ddl (a unified diff of each changed "
            + "object's DDL)").get());
    o.addOption(HazardOption.option());
    o.addOption(Comparison.onlineOption());
    o.addOption(Option.builder().longOpt("timings")
        .desc("print the time each stage took on stderr").get());
    o.addOption(Option.builder().longOpt("verify")
        .desc("before writing, apply the migration to a scratch copy of --from and require that it "
            + "matches --to (exit 5 if not)").get());
    o.addOption(Option.builder().longOpt("exit-code")
        .desc("exit 1 when there are differences").get());
    return o;
  }

  int run(String[] args) {
    CommandLine cl = CommonOptions.parse(options(), args);
    Output.checkTarget(cl.getOptionValue("output")); // before the sources are read, not after
    if (cl.hasOption("help")) {
      CommonOptions.printHelp(out, "schemadiff diff --from SRC --to SRC [options]", options());
      return Exit.OK;
    }
    String format = cl.getOptionValue("format", "sql");
    if (!List.of("sql", "json", "summary", "ddl").contains(format)) {
      throw new UsageException("--format: unknown format '" + format + "' (sql, json, summary, ddl)");
    }
    Set<Hazard> allowed = HazardOption.allowed(cl);
    try (Comparison c = Comparison.of(cl, "from", "to", env, cl.hasOption("verify"))) {
      return run(cl, format, allowed, c);
    }
  }

  private int run(CommandLine cl, String format, Set<Hazard> allowed, Comparison c) {
    Plan plan = c.plan();
    List<String> warnings = c.warnings("from", "to");
    warnings.forEach(w -> err.println("schemadiff: warning: " + PlainText.line(w)));
    List<String> timings = new java.util.ArrayList<>(c.timings());

    if (format.equals("sql") && HazardOption.refused(plan, allowed, err)) {
      return Exit.REFUSED;
    }

    long t2 = System.nanoTime();
    StringBuilder text = new StringBuilder();
    Renderer renderer = new Renderer(c.dialect());
    switch (format) {
      case "summary" -> {
        for (Step s : plan.steps()) {
          text.append(PlainText.line(s.comment()));
          if (!s.hazards().isEmpty()) {
            text.append("  [").append(HazardOption.names(s.hazards())).append(']');
          }
          text.append('\n');
        }
      }
      case "ddl" -> text.append(DdlDiff.of(c.before(), c.after(), renderer));
      case "json" -> text.append(PlanJson.write(c.header(cl.getOptionValue("from"), cl.getOptionValue("to"), warnings, plan),
          plan, renderer));
      default -> {
        SqlScriptWriter.write(c.header(cl.getOptionValue("from"), cl.getOptionValue("to"), warnings, plan),
            plan, renderer, text);
      }
    }
    timings.add(Comparison.seconds("render", t2, System.nanoTime()));
    if (cl.hasOption("verify")) {
      StringBuilder script = text;
      if (!format.equals("sql")) {
        script = new StringBuilder();
        SqlScriptWriter.write(c.header(cl.getOptionValue("from"), cl.getOptionValue("to"), warnings, plan),
            plan, renderer, script);
      }
      timings.add(c.verify(cl, "from", script.toString()));
    }
    Output.write(cl.getOptionValue("output"), text.toString(), out);
    if (cl.hasOption("timings")) {
      timings.forEach(t -> err.println("timing: " + t));
    }
    return cl.hasOption("exit-code") && !plan.isEmpty() ? Exit.DIFFERENCES : Exit.OK;
  }
}
