package io.schemadiff.cli;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.SchemaDiffer;
import io.schemadiff.dialect.Dialect;
import io.schemadiff.model.Schema;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Planner;
import io.schemadiff.source.SourceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;

/**
 * The shared core of diff, check and notes: two sources read, objects the user ignores left out,
 * compared, and planned.
 */
record Comparison(Dialect dialect, List<String> schemas, Schema before, Schema after, List<Change> changes,
    Plan plan, List<String> timings) {

  static Comparison of(CommandLine cl, String fromFlag, String toFlag, Map<String, String> env) {
    String from = CommonOptions.required(cl, fromFlag);
    String to = CommonOptions.required(cl, toFlag);
    Dialect dialect = CommonOptions.dialect(cl, from, to);
    List<String> schemas = CommonOptions.schemas(cl, dialect);
    List<Pattern> ignore = ignored(cl);
    Schema before;
    Schema after;
    List<String> timings = new ArrayList<>();
    try (SourceResolver sources = CommonOptions.resolver(cl, dialect, schemas, env)) {
      before = without(sources.resolve("--" + fromFlag, from), ignore);
      after = without(sources.resolve("--" + toFlag, to), ignore);
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
    return new Comparison(dialect, schemas, before, after, changes, plan, timings);
  }

  static String seconds(String stage, long from, long to) {
    return String.format(Locale.ROOT, "%s: %.3f s", stage, (to - from) / 1e9);
  }

  /** {@code --ignore} globs ({@code *}, {@code ?}), matched against {@code table} and {@code schema.table}. */
  private static List<Pattern> ignored(CommandLine cl) {
    List<Pattern> out = new ArrayList<>();
    String[] values = cl.hasOption("ignore") ? cl.getOptionValues("ignore") : new String[0];
    for (String v : values) {
      for (String glob : v.split(",")) {
        if (!glob.isBlank()) {
          StringBuilder regex = new StringBuilder();
          for (char ch : glob.strip().toCharArray()) {
            regex.append(ch == '*' ? ".*" : ch == '?' ? "." : Pattern.quote(String.valueOf(ch)));
          }
          out.add(Pattern.compile(regex.toString()));
        }
      }
    }
    return out;
  }

  private static Schema without(Schema s, List<Pattern> ignore) {
    if (ignore.isEmpty()) {
      return s;
    }
    return new Schema(s.dialect(), s.serverVersion(), s.namespaces(),
        s.tables().stream().filter(t -> !matches(ignore, t.name())).toList(),
        s.views().stream().filter(v -> !matches(ignore, v.name())).toList());
  }

  private static boolean matches(List<Pattern> ignore, io.schemadiff.model.QName name) {
    for (Pattern p : ignore) {
      if (p.matcher(name.name()).matches() || p.matcher(name.toString()).matches()) {
        return true;
      }
    }
    return false;
  }
}
