package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.output.MigrationFiles;
import io.schemadiff.output.SqlScriptWriter;
import io.schemadiff.plan.Plan;
import io.schemadiff.render.Renderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code schemadiff migrate}: the next migration file in a Flyway or Liquibase folder, with its
 * rollback beside it (Flyway {@code U<version>__…}) or inside it (Liquibase {@code --rollback}).
 * Writes nothing when there is nothing to change, and never replaces a file.
 */
final class MigrateCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  MigrateCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  static Options options() {
    Options o = CommonOptions.fromTo();
    o.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR")
        .desc("the migrations folder to add the files to").get());
    o.addOption(Option.builder().longOpt("style").hasArg().argName("STYLE")
        .desc("flyway (default: V<n>__name.sql and U<n>__name.sql) or liquibase (formatted SQL)").get());
    o.addOption(Option.builder("m").longOpt("message").hasArg().argName("TEXT")
        .desc("what the migration does; names the file").get());
    o.addOption(Option.builder().longOpt("undo-dir").hasArg().argName("DIR")
        .desc("flyway: write the undo file (U<n>__name.sql) here instead of beside the migration").get());
    o.addOption(Option.builder().longOpt("no-undo")
        .desc("flyway: write no undo file").get());
    o.addOption(Option.builder().longOpt("no-source-header")
        .desc("leave --from and --to out of the files' header").get());
    o.addOption(Option.builder().longOpt("no-verify")
        .desc("write the files without first trying the migration on a scratch copy of --from").get());
    o.addOption(HazardOption.option());
    o.addOption(Comparison.onlineOption());
    return o;
  }

  int run(String[] args) {
    CommandLine cl = CommonOptions.parse(options(), args);
    if (cl.hasOption("help")) {
      CommonOptions.printHelp(out, "schemadiff migrate --from SRC --to SRC --dir DIR [options]", options());
      return Exit.OK;
    }
    MigrationFiles.Style style = style(cl.getOptionValue("style", "flyway"));
    Path dir = Path.of(CommonOptions.required(cl, "dir"));
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--dir: no such folder: " + dir);
    }
    Path undoDir = undoDir(cl, style, dir);
    String message = cl.getOptionValue("message", "schemadiff");
    var allowed = HazardOption.allowed(cl);
    try (Comparison c = Comparison.of(cl, "from", "to", env, !cl.hasOption("no-verify"))) {
      return run(cl, style, dir, undoDir, message, allowed, c);
    }
  }

  /**
   * Where Flyway undo files go: beside the migrations by default (the Teams edition runs them
   * from there), elsewhere with {@code --undo-dir} (the free edition's naming validation refuses
   * U files, and it logs each one it skips), or nowhere ({@code --no-undo}: null).
   */
  private static Path undoDir(CommandLine cl, MigrationFiles.Style style, Path dir) {
    boolean other = cl.hasOption("undo-dir");
    boolean none = cl.hasOption("no-undo");
    if ((other || none) && style != MigrationFiles.Style.FLYWAY) {
      throw new UsageException((other ? "--undo-dir" : "--no-undo")
          + ": only for --style flyway (a Liquibase changeset holds its rollback)");
    }
    if (other && none) {
      throw new UsageException("--undo-dir and --no-undo: choose one");
    }
    if (none) {
      return null;
    }
    if (!other) {
      return dir;
    }
    Path undo = Path.of(cl.getOptionValue("undo-dir"));
    if (!Files.isDirectory(undo)) {
      throw new UsageException("--undo-dir: no such folder: " + undo);
    }
    return undo;
  }

  private int run(CommandLine cl, MigrationFiles.Style style, Path dir, Path undoDir, String message,
      java.util.Set<io.schemadiff.plan.Hazard> allowed, Comparison c) {
    List<String> warnings = c.warnings("from", "to");
    warnings.forEach(w -> err.println("schemadiff: warning: " + PlainText.line(w)));
    Plan plan = c.plan();
    if (plan.isEmpty()) {
      err.println("schemadiff: no changes; nothing written");
      return Exit.OK;
    }
    if (HazardOption.refused(plan, allowed, err)) {
      return Exit.REFUSED;
    }
    boolean liquibase = style == MigrationFiles.Style.LIQUIBASE;
    boolean verify = !cl.hasOption("no-verify");
    Renderer renderer = new Renderer(c.dialect());
    String from = recorded(cl, "from", dir);
    String to = recorded(cl, "to", dir);
    MigrationFiles.Names names = MigrationFiles.next(style, existing(dir), message);
    // Each part runs all in a transaction or all outside one: a Flyway file, a Liquibase changeset.
    List<Plan> parts = plan.parts(liquibase);
    List<MigrationFiles.Names> files = liquibase ? List.of(names)
        : MigrationFiles.flywayParts(names, message, parts.stream().map(Plan::apart).toList());
    boolean undo = liquibase || undoDir != null;
    if (parts.size() > 1 && undo && !verify) {
      throw new UsageException("--no-verify: the migration has steps that cannot run in a transaction, so it is"
          + " written as " + parts.size() + (liquibase ? " changesets" : " files") + ", whose rollbacks are planned"
          + " from a scratch run; leave out --no-verify" + (liquibase ? "" : " or add --no-undo"));
    }
    List<String> forward = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      SqlScriptWriter.Header header = c.header(from, to, warnings, parts.get(i));
      if (parts.size() > 1) {
        header = header.withNote(partNote(i, parts, files, names, liquibase));
      }
      if (!liquibase && parts.get(i).apart()) {
        header = header.withNote(outside(files.get(i).migration(), c.dialect()));
      }
      StringBuilder text = new StringBuilder();
      SqlScriptWriter.write(header, parts.get(i), renderer, text, liquibase ? 0 : 95);
      forward.add(text.toString());
    }
    for (MigrationFiles.Names f : files) {
      refuseExisting(dir.resolve(f.migration()));
      if (!liquibase && undoDir != null) {
        refuseExisting(undoDir.resolve(f.rollback()));
      }
    }
    // The rollback undoes an accepted migration: its hazards are marked, not refused.
    List<Plan> rollbacks = new ArrayList<>();
    if (parts.size() == 1 && undo) {
      rollbacks.add(c.rollback(cl));
    }
    List<String> undoTexts = new ArrayList<>();
    java.util.function.Function<List<io.schemadiff.model.Schema>, List<String>> undos = states -> {
      if (parts.size() > 1 && undo) {
        for (int i = 0; i < parts.size(); i++) {
          rollbacks.add(c.undo(cl, states.get(i + 1), states.get(i)));
        }
      }
      for (int i = 0; i < rollbacks.size(); i++) {
        String before = from == null ? null
            : from + (liquibase ? "" : " (as before " + files.get(i).migration() + ")");
        StringBuilder text = new StringBuilder();
        SqlScriptWriter.Header header = c.header(to, before, warnings, rollbacks.get(i));
        if (!liquibase && rollbacks.get(i).hasApart()) {
          header = header.withNote(outside(files.get(i).rollback(), c.dialect()));
        }
        SqlScriptWriter.write(header, rollbacks.get(i), renderer, text, liquibase ? 0 : 95);
        undoTexts.add(text.toString());
      }
      List<String> run = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        run.add(i < rollbacks.size() && !rollbacks.get(i).isEmpty() ? undoTexts.get(i) : null);
      }
      return run;
    };
    if (verify) {
      // Before anything is written: the migration, then its rollback, each on the scratch copy.
      c.verify(cl, "from", forward, undos);
    } else {
      undos.apply(List.of());
    }
    for (int i = 0; liquibase && i < rollbacks.size(); i++) {
      // Liquibase runs a rollback as it runs its changeset: in a transaction unless runInTransaction:false.
      if (!parts.get(i).apart() && rollbacks.get(i).hasApart()) {
        err.println("schemadiff: refused: the rollback of changeset " + changesetId(names, i) + " has steps that"
            + " cannot run in a transaction, and its changeset runs in one");
        return Exit.REFUSED;
      }
    }
    if (liquibase) {
      Path migration = dir.resolve(names.migration());
      Output.write(migration.toString(), liquibase(names, message, forward, parts, rollbacks, renderer), out);
      out.println(migration);
      return Exit.OK;
    }
    // Before any file is written: no script configuration is replaced either.
    for (int i = 0; i < files.size(); i++) {
      if (parts.get(i).apart()) {
        refuseExisting(conf(dir.resolve(files.get(i).migration())));
      }
      if (i < undoTexts.size() && rollbacks.get(i).hasApart()) {
        refuseExisting(conf(undoDir.resolve(files.get(i).rollback())));
      }
    }
    for (int i = 0; i < files.size(); i++) {
      Path migration = dir.resolve(files.get(i).migration());
      write(migration, forward.get(i), parts.get(i).apart());
      if (i < undoTexts.size()) {
        Path back = undoDir.resolve(files.get(i).rollback());
        // An undo that cannot run whole in a transaction runs statement by statement.
        write(back, undoTexts.get(i), rollbacks.get(i).hasApart());
      }
    }
    return Exit.OK;
  }

  /** A Flyway file, and beside it, for one that runs outside a transaction, its script configuration. */
  private void write(Path file, String text, boolean apart) {
    Output.write(file.toString(), text, out);
    out.println(file);
    if (apart) {
      Path conf = conf(file);
      Output.write(conf.toString(), "# schemadiff: this migration's statements cannot run in a transaction\n"
          + "executeInTransaction=false\n", out);
      out.println(conf);
    }
  }

  private static Path conf(Path file) {
    return file.resolveSibling(file.getFileName() + ".conf");
  }

  /** Which part of the migration a file or changeset is, and whether it runs in a transaction. */
  private static String partNote(int i, List<Plan> parts, List<MigrationFiles.Names> files, MigrationFiles.Names names,
      boolean liquibase) {
    return "part " + (i + 1) + " of " + parts.size() + " of this migration"
        + (liquibase ? " (changeset " + changesetId(names, i) + ")"
            : " (" + String.join(", ", files.stream().map(MigrationFiles.Names::migration).toList()) + ")")
        + (!parts.get(i).apart() ? ", in a transaction"
            : liquibase ? ", outside a transaction (runInTransaction:false)" : "");
  }

  /** How Flyway runs a file outside a transaction: its script configuration, and the dialect's lock setting. */
  private static String outside(String file, io.schemadiff.dialect.Dialect dialect) {
    String lock = dialect.optional("flyway.lock.note");
    return "outside a transaction: Flyway reads executeInTransaction=false from " + file + ".conf"
        + (lock.isEmpty() ? "" : "; " + lock);
  }

  private static String changesetId(MigrationFiles.Names names, int part) {
    String id = names.migration().replaceAll("\\.sql$", "");
    return part == 0 ? id : id + "-part" + (part + 1);
  }

  /**
   * Liquibase's formatted SQL: a changeset for each part of the migration, its rollback's
   * statements as {@code --rollback} lines; a part outside a transaction says
   * {@code runInTransaction:false}.
   */
  private static String liquibase(MigrationFiles.Names names, String message, List<String> forward, List<Plan> parts,
      List<Plan> rollbacks, Renderer renderer) {
    boolean compound = forward.stream().anyMatch(f -> f.lines().anyMatch(l -> l.startsWith("DELIMITER ")))
        || rollbacks.stream().flatMap(r -> r.batches().stream()).flatMap(b -> renderer.render(b).stream())
            .anyMatch(renderer::needsDelimiter);
    if (compound) {
      throw new UsageException("liquibase: " + names.migration() + ": the migration holds a stored program whose body"
          + " has semicolons, which Liquibase formatted SQL would split into statements; use --style flyway");
    }
    StringBuilder sb = new StringBuilder("--liquibase formatted sql\n");
    for (int i = 0; i < parts.size(); i++) {
      StringBuilder cs = new StringBuilder("\n--changeset schemadiff:").append(changesetId(names, i));
      cs.append(parts.get(i).apart() ? " runInTransaction:false" : "").append('\n');
      cs.append("--comment: ").append(PlainText.line(message.replaceAll("\\s+", " ").strip())).append('\n');
      cs.append(forward.get(i));
      Plan rollback = rollbacks.get(i);
      if (!rollback.isEmpty()) {
        cs.append('\n');
        for (String statement : renderer.session()) {
          cs.append("--rollback ").append(statement).append(";\n");
        }
      }
      for (var batch : rollback.batches()) {
        for (String statement : renderer.render(batch)) {
          for (String line : (statement + ";").split("\n")) {
            cs.append("--rollback ").append(line).append('\n');
          }
        }
      }
      refuseDirectives(cs.toString(), names.migration());
      sb.append(cs);
    }
    return sb.toString();
  }

  /** Liquibase reads these words after {@code --} at the start of any line as its own directives. */
  private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile(
      "\\s*--\\s*(changeset|rollback|comment|precondition|validchecksum|ignorelines|property|include|changelog"
          + "|liquibase|endDelimiter|splitStatements|stripComments|runWith|labels|context|dbms).*",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A line of SQL that Liquibase would take for a directive (a line break inside a view's or an
   * expression's string constant, followed by {@code --changeset …}) would make the changeset
   * something else: refused rather than written.
   */
  private static void refuseDirectives(String changeset, String file) {
    String[] lines = changeset.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      boolean ours = i < 3 && lines[i].matches("--(changeset schemadiff:.*|comment: .*)")
          || lines[i].startsWith("--rollback ") && !DIRECTIVE.matcher(lines[i].substring("--rollback ".length())).matches();
      if (DIRECTIVE.matcher(lines[i]).matches() && !ours) {
        throw new UsageException("liquibase: " + file + ": a line of the SQL would be read by Liquibase as a "
            + "directive: " + lines[i].strip() + " (a string constant holds a line break); use --style flyway");
      }
    }
  }

  /**
   * A source as the header records it, so that the file's bytes (and the checksum Flyway and
   * Liquibase keep) depend on the change only: a path relative to the migrations folder, a URL
   * without its password (the header redacts it), {@code empty} as it is; null with
   * {@code --no-source-header}.
   */
  static String recorded(CommandLine cl, String flag, Path dir) {
    if (cl.hasOption("no-source-header")) {
      return null;
    }
    String source = cl.getOptionValue(flag);
    if (!io.schemadiff.source.SourceResolver.namesFiles(source) && !io.schemadiff.snapshot.Snapshots.isSnapshot(source)) {
      return source;
    }
    Path base = dir.toAbsolutePath().normalize();
    String rel = base.relativize(Path.of(source).toAbsolutePath().normalize()).toString().replace('\\', '/');
    return rel.isEmpty() ? "." : rel;
  }

  private static MigrationFiles.Style style(String value) {
    try {
      return MigrationFiles.Style.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--style: unknown style '" + value + "' (flyway, liquibase)");
    }
  }

  private static List<String> existing(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UsageException("--dir: cannot read " + dir + ": " + e.getMessage());
    }
  }

  private static void refuseExisting(Path file) {
    if (Files.exists(file)) {
      throw new UsageException("--dir: " + file + " exists already; not replaced");
    }
  }
}
