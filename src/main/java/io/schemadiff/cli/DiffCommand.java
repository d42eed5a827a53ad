package io.schemadiff.cli;

import io.schemadiff.output.DdlDiff;
import io.schemadiff.output.SqlScriptWriter;
import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import io.schemadiff.render.Renderer;
import io.schemadiff.source.Urls;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        .desc("sql (default), summary, or ddl (a unified diff of each changed object's DDL)").get());
    o.addOption(Option.builder().longOpt("allow-hazards").hasArg().argName("H,...")
        .desc("destructive hazards to allow, e.g. DELETES_DATA").get());
    o.addOption(Option.builder().longOpt("timings")
        .desc("print the time each stage took on stderr").get());
    o.addOption(Option.builder().longOpt("exit-code")
        .desc("exit 1 when there are differences").get());
    return o;
  }

  int run(String[] args) {
    CommandLine cl = CommonOptions.parse(options(), args);
    if (cl.hasOption("help")) {
      CommonOptions.printHelp(out, "schemadiff diff --from SRC --to SRC [options]", options());
      return Exit.OK;
    }
    String format = cl.getOptionValue("format", "sql");
    if (!List.of("sql", "summary", "ddl").contains(format)) {
      throw new UsageException("--format: unknown format '" + format + "' (sql, summary, ddl)");
    }
    Set<Hazard> allowed = allowedHazards(cl.getOptionValue("allow-hazards"));
    Comparison c = Comparison.of(cl, "from", "to", env);
    Plan plan = c.plan();
    List<String> timings = new java.util.ArrayList<>(c.timings());

    Set<Hazard> refused = format.equals("sql") ? plan.refused(allowed) : Set.of();
    if (!refused.isEmpty()) {
      for (Step s : plan.steps()) {
        for (Hazard h : s.hazards()) {
          if (refused.contains(h)) {
            err.println("schemadiff: refused: " + s.comment() + " (" + h.name() + ": " + h.meaning() + ")");
          }
        }
      }
      err.println("schemadiff: refused: the plan has hazards not allowed: " + names(refused)
          + "; review the steps above and pass --allow-hazards " + names(refused) + " to accept them");
      return Exit.REFUSED;
    }

    long t2 = System.nanoTime();
    StringBuilder text = new StringBuilder();
    Renderer renderer = new Renderer(c.dialect());
    switch (format) {
      case "summary" -> {
        for (Step s : plan.steps()) {
          text.append(s.comment());
          if (!s.hazards().isEmpty()) {
            text.append("  [").append(names(s.hazards())).append(']');
          }
          text.append('\n');
        }
      }
      case "ddl" -> text.append(DdlDiff.of(c.before(), c.after(), renderer));
      default -> {
        List<String> notes = c.dialect().optional("script.note").isEmpty() ? List.of()
            : List.of(c.dialect().optional("script.note"));
        SqlScriptWriter.Header header = new SqlScriptWriter.Header(c.dialect().name(),
            Urls.redact(cl.getOptionValue("from")), Urls.redact(cl.getOptionValue("to")), c.schemas(), notes);
        SqlScriptWriter.write(header, plan, renderer, text);
      }
    }
    timings.add(Comparison.seconds("render", t2, System.nanoTime()));
    Output.write(cl.getOptionValue("output"), text.toString(), out);
    if (cl.hasOption("timings")) {
      timings.forEach(t -> err.println("timing: " + t));
    }
    return cl.hasOption("exit-code") && !plan.isEmpty() ? Exit.DIFFERENCES : Exit.OK;
  }

  private static Set<Hazard> allowedHazards(String value) {
    Set<Hazard> allowed = EnumSet.noneOf(Hazard.class);
    if (value == null) {
      return allowed;
    }
    for (String name : value.split(",")) {
      String n = name.strip();
      if (n.equalsIgnoreCase("all")) {
        allowed.addAll(EnumSet.allOf(Hazard.class));
        continue;
      }
      try {
        allowed.add(Hazard.valueOf(n.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--allow-hazards: unknown hazard '" + n + "' (known: "
            + names(EnumSet.allOf(Hazard.class)) + ", all)");
      }
    }
    return allowed;
  }

  static String names(java.util.Collection<Hazard> hazards) {
    return hazards.stream().map(Hazard::name).sorted().collect(Collectors.joining(","));
  }
}
