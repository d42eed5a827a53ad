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
    // The rollback undoes an accepted migration: its hazards are marked, not refused.
    Plan rollback = c.rollback(cl);
    Renderer renderer = new Renderer(c.dialect());
    String from = recorded(cl, "from", dir);
    String to = recorded(cl, "to", dir);
    MigrationFiles.Names names = MigrationFiles.next(style, existing(dir), message);
    StringBuilder forward = new StringBuilder();
    SqlScriptWriter.write(c.header(from, to, warnings, plan), plan, renderer, forward,
        style == MigrationFiles.Style.LIQUIBASE ? 0 : 95);
    Path migration = dir.resolve(names.migration());
    refuseExisting(migration);
    if (!cl.hasOption("no-verify")) {
      // Before anything is written: the migration, then its rollback, each on the scratch copy.
      StringBuilder undo = new StringBuilder();
      SqlScriptWriter.write(c.header(to, from, warnings, rollback), rollback, renderer, undo, 0);
      c.verify(cl, "from", forward.toString(), rollback.isEmpty() ? null : undo.toString());
    }
    if (names.rollback() == null) {
      Output.write(migration.toString(), liquibase(names, message, forward.toString(), rollback, renderer), out);
      out.println(migration);
      return Exit.OK;
    }
    if (undoDir == null) {
      Output.write(migration.toString(), forward.toString(), out);
      out.println(migration);
      return Exit.OK;
    }
    Path undo = undoDir.resolve(names.rollback());
    refuseExisting(undo);
    // The rollback's target is the source as it was, which may be this very folder.
    StringBuilder backward = new StringBuilder();
    SqlScriptWriter.write(c.header(to, from == null ? null : from + " (as before " + names.migration() + ")", warnings,
        rollback), rollback,
        renderer, backward, 95);
    Output.write(migration.toString(), forward.toString(), out);
    Output.write(undo.toString(), backward.toString(), out);
    out.println(migration);
    out.println(undo);
    return Exit.OK;
  }

  /**
   * One changeset in Liquibase's formatted SQL: the migration as its body, and the rollback's
   * statements as {@code --rollback} lines.
   */
  private static String liquibase(MigrationFiles.Names names, String message, String forward, Plan rollback,
      Renderer renderer) {
    boolean compound = forward.lines().anyMatch(l -> l.startsWith("DELIMITER "))
        || rollback.batches().stream().flatMap(b -> renderer.render(b).stream()).anyMatch(renderer::needsDelimiter);
    if (compound) {
      throw new UsageException("liquibase: " + names.migration() + ": the migration holds a stored program whose body"
          + " has semicolons, which Liquibase formatted SQL would split into statements; use --style flyway");
    }
    StringBuilder sb = new StringBuilder("--liquibase formatted sql\n\n");
    sb.append("--changeset schemadiff:").append(names.migration().replaceAll("\\.sql$", "")).append('\n');
    sb.append("--comment: ").append(PlainText.line(message.replaceAll("\\s+", " ").strip())).append('\n');
    sb.append(forward);
    if (!rollback.isEmpty()) {
      sb.append('\n');
      for (String statement : renderer.session()) {
        sb.append("--rollback ").append(statement).append(";\n");
      }
    }
    for (var batch : rollback.batches()) {
      for (String statement : renderer.render(batch)) {
        for (String line : (statement + ";").split("\n")) {
          sb.append("--rollback ").append(line).append('\n');
        }
      }
    }
    refuseDirectives(sb.toString(), names.migration());
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
      boolean ours = i < 4 && lines[i].matches("--(liquibase formatted sql|changeset schemadiff:.*|comment: .*)")
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
