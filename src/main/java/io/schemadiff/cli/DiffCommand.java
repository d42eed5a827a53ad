package io.schemadiff.cli;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.diff.Change;
import io.schemadiff.diff.SchemaDiffer;
import io.schemadiff.model.Schema;
import io.schemadiff.output.SqlScriptWriter;
import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Planner;
import io.schemadiff.plan.Step;
import io.schemadiff.render.Renderer;
import io.schemadiff.source.SourceResolver;
import io.schemadiff.source.Urls;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.HelpFormatter;
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
    Options o = CommonOptions.sources();
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
        .desc("write the migration to FILE instead of stdout").get());
    o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
        .desc("sql (default) or summary").get());
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
      new HelpFormatter().printHelp(new java.io.PrintWriter(out, true), 100,
          "schemadiff diff --from SRC --to SRC [options]", "", options(), 2, 2, "");
      return Exit.OK;
    }
    String from = CommonOptions.required(cl, "from");
    String to = CommonOptions.required(cl, "to");
    String format = cl.getOptionValue("format", "sql");
    if (!format.equals("sql") && !format.equals("summary")) {
      throw new UsageException("--format: unknown format '" + format + "' (sql, summary)");
    }
    Set<Hazard> allowed = allowedHazards(cl.getOptionValue("allow-hazards"));
    Dialect dialect = CommonOptions.dialect(cl, from, to);
    List<String> schemas = CommonOptions.schemas(cl, dialect);

    Schema before;
    Schema after;
    List<String> timings = new java.util.ArrayList<>();
    try (SourceResolver sources = CommonOptions.resolver(cl, dialect, schemas, env)) {
      before = sources.resolve("--from", from);
      after = sources.resolve("--to", to);
      timings.addAll(sources.timings());
    }
    CommonOptions.checkSchemasExist(schemas, before, after);
    long t0 = System.nanoTime();
    List<Change> changes = new SchemaDiffer(dialect.diffRules()).diff(before, after);
    long t1 = System.nanoTime();
    Plan plan = new Planner(dialect.hazardRules(), dialect.planRules()).plan(changes, before);
    long t2 = System.nanoTime();
    timings.add(seconds("diff", t0, t1) + " (" + changes.size() + " changes)");
    timings.add(seconds("plan", t1, t2));

    Set<Hazard> refused = plan.refused(allowed);
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

    StringBuilder text = new StringBuilder();
    if (format.equals("summary")) {
      for (Step s : plan.steps()) {
        text.append(s.comment());
        if (!s.hazards().isEmpty()) {
          text.append("  [").append(names(s.hazards())).append(']');
        }
        text.append('\n');
      }
    } else {
      List<String> notes = dialect.optional("script.note").isEmpty() ? List.of()
          : List.of(dialect.optional("script.note"));
      SqlScriptWriter.Header header = new SqlScriptWriter.Header(dialect.name(), Urls.redact(from),
          Urls.redact(to), schemas, notes);
      SqlScriptWriter.write(header, plan, new Renderer(dialect), text);
    }
    timings.add(seconds("render", t2, System.nanoTime()));
    Output.write(cl.getOptionValue("output"), text.toString(), out);
    if (cl.hasOption("timings")) {
      timings.forEach(t -> err.println("timing: " + t));
    }
    return cl.hasOption("exit-code") && !plan.isEmpty() ? Exit.DIFFERENCES : Exit.OK;
  }

  private static String seconds(String stage, long from, long to) {
    return String.format(java.util.Locale.ROOT, "%s: %.3f s", stage, (to - from) / 1e9);
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

  private static String names(java.util.Collection<Hazard> hazards) {
    return hazards.stream().map(Hazard::name).sorted().collect(Collectors.joining(","));
  }
}
