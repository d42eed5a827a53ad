package io.schemadiff.cli;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.Renames;
import io.schemadiff.diff.SchemaDiffer;
import io.schemadiff.dialect.Dialect;
import io.schemadiff.model.Schema;
import io.schemadiff.output.SqlScriptWriter;
import io.schemadiff.source.Urls;
import io.schemadiff.plan.OnlineDdl;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Planner;
import io.schemadiff.render.Renderer;
import io.schemadiff.source.DryRun;
import io.schemadiff.source.SourceException;
import io.schemadiff.source.SourceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/**
 * The shared core of diff, check and notes: two sources read, objects the user ignores left out,
 * compared, and planned.
 */
record Comparison(Dialect dialect, List<String> schemas, Schema before, Schema after, Renames renames,
    List<Change> changes, Plan plan, List<String> timings, SourceResolver sources, UnaryOperator<Schema> view)
    implements AutoCloseable {
  /** Warnings about objects present on either side that were not compared, one line per side. */
  List<String> warnings(String fromFlag, String toFlag) {
    List<String> out = new ArrayList<>();
    notCompared("--" + fromFlag, before).ifPresent(out::add);
    notCompared("--" + toFlag, after).ifPresent(out::add);
    return out;
  }

  /**
   * e.g. {@code --to: not compared: 2 functions (public.a, public.b), 1 trigger (public.t.audit)}:
   * counts per kind, the first few names of each.
   */
  static java.util.Optional<String> notCompared(String flag, Schema s) {
    if (s.notCompared().isEmpty()) {
      return java.util.Optional.empty();
    }
    Map<String, List<String>> byKind = new java.util.TreeMap<>();
    s.notCompared().forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o.name().toString()));
    List<String> parts = new ArrayList<>();
    byKind.forEach((kind, names) -> {
      String shown = String.join(", ", names.subList(0, Math.min(3, names.size())))
          + (names.size() > 3 ? ", …" : "");
      parts.add(names.size() + " " + kind + (names.size() == 1 ? "" : "s") + " (" + shown + ")");
    });
    return java.util.Optional.of(flag + ": not compared (schemadiff does not model these yet): "
        + String.join(", ", parts));
  }


  static Comparison of(CommandLine cl, String fromFlag, String toFlag, Map<String, String> env) {
    return of(cl, fromFlag, toFlag, env, false);
  }

  /**
   * @param keepSources keep the scratch server for {@link #verify}; the comparison must then be
   *     closed
   */
  static Comparison of(CommandLine cl, String fromFlag, String toFlag, Map<String, String> env, boolean keepSources) {
    String from = CommonOptions.required(cl, fromFlag);
    String to = CommonOptions.required(cl, toFlag);
    Dialect dialect = CommonOptions.dialect(cl, from, to);
    List<String> schemas = CommonOptions.schemas(cl, dialect);
    Planner planner = planner(cl, dialect); // checks --online before any source is read
    serverVersion(cl, Schema.empty("", List.of())); // and --server-version
    List<Pattern> ignore = ignored(cl);
    UnaryOperator<Schema> view = s -> definers(cl, privileges(cl, without(s, ignore)));
    Schema before;
    Schema after;
    List<String> timings = new ArrayList<>();
    SourceResolver sources = CommonOptions.resolver(cl, dialect, schemas, env);
    try {
      List<Schema> sides = sources.resolveBoth("--" + fromFlag, from, "--" + toFlag, to, view);
      before = sides.get(0);
      after = sides.get(1);
      timings.addAll(sources.timings());
    } finally {
      if (!keepSources) {
        sources.close();
      }
    }
    CommonOptions.checkSchemasExist(schemas, before, after);
    Renames renames = RenameOption.parse(cl, RenameOption.defaultSchema(schemas, dialect), before, after,
        "--" + fromFlag, "--" + toFlag);
    long t0 = System.nanoTime();
    List<Change> changes = new SchemaDiffer(dialect.diffRules(serverVersion(cl, before))).diff(before, after, renames);
    long t1 = System.nanoTime();
    Plan plan = planner.plan(changes, before);
    long t2 = System.nanoTime();
    timings.add(seconds("diff", t0, t1) + " (" + changes.size() + " changes)");
    timings.add(seconds("plan", t1, t2));
    return new Comparison(dialect, schemas, before, after, renames, changes, plan, timings,
        keepSources ? sources : null, view);
  }

  @Override
  public void close() {
    if (sources != null) {
      sources.close();
    }
  }

  /**
   * {@code --verify}: the migration is tried on a scratch database that holds the current state
   * (its SQL files, or what its model's own DDL builds for a live database or a snapshot), and
   * must apply and leave nothing to change towards the target. Otherwise it throws, naming the
   * failing statement or what is left, and nothing is written.
   */
  String verify(CommandLine cl, String fromFlag, String script) {
    return verify(cl, fromFlag, script, null);
  }

  /**
   * As {@link #verify(CommandLine, String, String)}, then the rollback, which must lead back to
   * the current state.
   *
   * @return the time it took, as a timing line
   */
  String verify(CommandLine cl, String fromFlag, String script, String undo) {
    return verify(cl, fromFlag, List.of(script), states -> java.util.Collections.singletonList(undo));
  }

  /**
   * As {@link #verify(CommandLine, String, String, String)} for a migration written in parts:
   * each part runs in turn; {@code undos} gets the states before and after each part (the first
   * is --from's, the last the target's, those between read from the scratch database) and gives
   * each part's undo (null: none), which then run last first, each leading back to the state
   * before its part.
   */
  String verify(CommandLine cl, String fromFlag, List<String> parts,
      java.util.function.Function<List<Schema>, List<String>> undos) {
    String from = cl.getOptionValue(fromFlag);
    SchemaDiffer differ = new SchemaDiffer(dialect.diffRules(serverVersion(cl, before)));
    long start = System.nanoTime();
    try (DryRun run = sources.dryRun()) {
      if (SourceResolver.namesFiles(from)) {
        run.load("--" + fromFlag, from);
      } else if (!from.equals("empty")) {
        Schema empty = sources.resolve("--" + fromFlag, "empty");
        Plan build = planner(cl, dialect).plan(differ.diff(empty, before, Renames.none()), empty);
        StringBuilder text = new StringBuilder();
        SqlScriptWriter.write(header("empty", from, List.of(), build), build, new Renderer(dialect), text, 0);
        run.execute("building --" + fromFlag + " from its model", text.toString());
        requireState(run, differ, before, "--" + fromFlag + " built from its model still differs from it");
      }
      List<Schema> states = new ArrayList<>(List.of(before));
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.size() == 1 ? "the migration" : "part " + (i + 1) + " of the migration";
        run.execute(part, parts.get(i));
        states.add(i == parts.size() - 1 ? after : view.apply(run.inspect()));
      }
      requireState(run, differ, after, "after the migration, the scratch database still differs from the target");
      List<String> undo = undos.apply(states);
      for (int i = parts.size() - 1; i >= 0; i--) {
        if (undo.get(i) != null) {
          String what = parts.size() == 1 ? "the rollback" : "the rollback of part " + (i + 1);
          run.execute(what, undo.get(i));
          requireState(run, differ, states.get(i), i == 0 ? "after " + what + ", the scratch database still differs"
              + " from --" + fromFlag : "after " + what + ", the scratch database still differs from its state before it");
        }
      }
    }
    return seconds("verify", start, System.nanoTime());
  }

  /** The scratch database, read as the sources were, must leave nothing to change towards {@code expected}. */
  private void requireState(DryRun run, SchemaDiffer differ, Schema expected, String what) {
    List<Change> changes = differ.diff(view.apply(run.inspect()), expected, Renames.none());
    if (!changes.isEmpty()) {
      List<String> shown = changes.stream().limit(3).map(Change::describe).toList();
      throw new SourceException(SourceException.Kind.VERIFY_FAILED, "verify: " + what + ": " + changes.size()
          + " change" + (changes.size() == 1 ? "" : "s") + " (" + String.join(", ", shown)
          + (changes.size() > 3 ? ", …" : "") + ")");
    }
  }

  /** The header of the script of {@code steps}, from {@code from} to {@code to} (passwords removed). */
  SqlScriptWriter.Header header(String from, String to, List<String> warnings, Plan steps) {
    List<String> notes = new ArrayList<>();
    if (!dialect.optional("script.note").isEmpty()) {
      notes.add(dialect.optional("script.note"));
    }
    warnings.forEach(w -> notes.add("warning: " + w));
    if (steps.steps().stream().anyMatch(st -> st.online() == OnlineDdl.CONCURRENT)) {
      notes.add(dialect.optional("online.note"));
    }
    return new SqlScriptWriter.Header(dialect.name(), from == null ? null : Urls.redact(from),
        to == null ? null : Urls.redact(to), schemas, notes);
  }

  /** The plan that undoes {@link #plan()}: from the target state back to the current one. */
  Plan rollback(CommandLine cl) {
    return undo(cl, after, before);
  }

  /** The plan from {@code current} back to {@code earlier}: the rollback, or that of one part of the migration. */
  Plan undo(CommandLine cl, Schema current, Schema earlier) {
    // The undo runs on the same server as the migration.
    List<Change> back = new SchemaDiffer(dialect.diffRules(serverVersion(cl, before)))
        .diff(current, earlier, renames.inverse().within(current, earlier));
    return planner(cl, dialect).plan(back, current);
  }

  /**
   * The version the migration runs on: {@code --server-version}, else that of the server the
   * current state was read from (a SQL file's is the embedded server's).
   */
  static String serverVersion(CommandLine cl, Schema current) {
    String v = cl.getOptionValue("server-version");
    if (v == null) {
      return current.serverVersion();
    }
    if (!v.matches("\\d{1,3}(\\.\\d+)*")) {
      throw new UsageException("--server-version: expected a version such as 15 or 16.4, got '" + v + "'");
    }
    return v;
  }

  /** {@code --online} (diff, migrate): the dialect's online forms, where it has them. */
  static Option onlineOption() {
    return Option.builder().longOpt("online").desc("PostgreSQL: build and drop indexes CONCURRENTLY and add "
        + "foreign keys and checks NOT VALID, then VALIDATE, on tables that exist").get();
  }

  private static Planner planner(CommandLine cl, Dialect dialect) {
    boolean online = cl.hasOption("online");
    if (online && !Boolean.parseBoolean(dialect.optional("online.option"))) {
      throw new UsageException("--online: " + dialect.name() + " statements carry their online form always "
          + "(ALGORITHM=INSTANT/INPLACE, LOCK=NONE where valid); drop --online");
    }
    return new Planner(dialect.hazardRules(), dialect.planRules(), online);
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

  /**
   * Grants are read always (a snapshot keeps them) and compared only with {@code --privileges};
   * without it they stay named as not compared.
   */
  private static Schema privileges(CommandLine cl, Schema s) {
    if (cl.hasOption("privileges")) {
      return s.withNotCompared(s.notCompared().stream().filter(o -> !o.kind().equals("grant")).toList());
    }
    return s.withObjects(s.objects().stream().filter(o -> !o.kind().equals("grant")).toList());
  }

  /** With {@code --ignore-definers} (MySQL) the accounts views and programs run as are neither compared nor written. */
  private static Schema definers(CommandLine cl, Schema s) {
    return cl.hasOption("ignore-definers") ? s.withoutDefiners() : s;
  }

  private static Schema without(Schema s, List<Pattern> ignore) {
    return withoutHistory(ignore.isEmpty() ? s : s.only(n -> true, name -> !matches(ignore, name)));
  }

  /** The bookkeeping tables of Flyway and Liquibase, under their default names. */
  static final java.util.Set<String> HISTORY_TABLES = java.util.Set.of("flyway_schema_history", "databasechangelog",
      "databasechangeloglock");

  /**
   * A database that Flyway or Liquibase migrated holds their history tables, which its schema files
   * never do: compared, they would be drift, and a migration from it would drop them. They are
   * left out and named as not compared.
   */
  private static Schema withoutHistory(Schema s) {
    List<io.schemadiff.model.NotCompared> history = s.tables().stream().map(io.schemadiff.model.Table::name)
        .filter(Comparison::historyTable)
        .map(n -> new io.schemadiff.model.NotCompared("migration history table", n)).toList();
    if (history.isEmpty()) {
      return s;
    }
    List<io.schemadiff.model.NotCompared> named = new ArrayList<>(s.notCompared());
    named.addAll(history);
    return s.only(n -> true, name -> !historyTable(name)).withNotCompared(named);
  }

  private static boolean historyTable(io.schemadiff.model.QName name) {
    return HISTORY_TABLES.contains(name.name().toLowerCase(Locale.ROOT));
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
