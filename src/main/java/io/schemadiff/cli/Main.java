package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.inspect.InspectException;
import io.schemadiff.plan.PlanException;
import io.schemadiff.render.RenderException;
import io.schemadiff.source.SourceException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Entry point: picks the command, maps every failure to a one-line message and an exit code. */
public final class Main {
  static final String USAGE = """
      usage: schemadiff <command> [options]

      commands:
        diff      --from SRC --to SRC          write the migration that turns --from into --to
        snapshot  SRC -o FILE.json             save a source's schema as a snapshot file
        check     --expected SRC --actual SRC  drift check: exit 0 when equal, 1 on drift
        notes     --from SRC --to SRC          Markdown release notes of the schema changes
        migrate   --from SRC --to SRC --dir DIR  add the next Flyway (or Liquibase) migration
                                               and its rollback to DIR

      sources (SRC): a .sql file or a folder of them, postgresql://user@host:port/db,
      mysql://user@host:port/db, jdbc:..., a snapshot .json, or 'empty'.
      Run 'schemadiff <command> --help' for options; 'schemadiff --version' for the version.
      """;

  /** Set once the JVM is shutting down (Ctrl-C): failures that follow are the interruption's. */
  private static volatile boolean stopping;

  private Main() {}

  public static void main(String[] args) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true));
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    int code = run(args, out, err, System.getenv());
    out.flush();
    err.flush();
    System.exit(code);
  }

  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    quietLibraries(verbose);
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      (args.length == 0 ? err : out).print(USAGE);
      return args.length == 0 ? Exit.BAD_INPUT : Exit.OK;
    }
    if (args[0].equals("--version") || args[0].equals("version")) {
      String v = Main.class.getPackage().getImplementationVersion();
      out.println("schemadiff " + (v == null ? "(development build)" : v));
      return Exit.OK;
    }
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (command) {
        case "diff" -> new DiffCommand(out, err, env).run(rest);
        case "snapshot" -> new SnapshotCommand(out, err, env).run(rest);
        case "check" -> new CheckCommand(out, err, env).run(rest);
        case "notes" -> new NotesCommand(out, err, env).run(rest);
        case "migrate" -> new MigrateCommand(out, err, env).run(rest);
        default -> throw new UsageException("unknown command '" + command
            + "' (commands: diff, snapshot, check, notes, migrate)");
      };
    } catch (UsageException e) {
      return fail(err, Exit.BAD_INPUT, e.getMessage(), e, verbose);
    } catch (SourceException e) {
      int code = switch (e.kind()) {
        case BAD_INPUT -> Exit.BAD_INPUT;
        case UNREACHABLE -> Exit.UNREACHABLE;
        case VERIFY_FAILED -> Exit.VERIFY_FAILED;
      };
      return fail(err, code, e.getMessage(), e, verbose);
    } catch (InspectException e) {
      return fail(err, e.isUnsupported() ? Exit.BAD_INPUT : Exit.UNREACHABLE, e.getMessage(), e, verbose);
    } catch (PlanException | RenderException e) {
      return fail(err, Exit.BAD_INPUT, e.getMessage(), e, verbose);
    } catch (RuntimeException e) {
      return fail(err, Exit.BAD_INPUT, "internal error: " + e, e, verbose);
    }
  }

  private static int fail(PrintStream err, int code, String message, Throwable cause, boolean verbose) {
    if (stopping) {
      err.println("schemadiff: interrupted");
      return code;
    }
    err.println("schemadiff: " + PlainText.line(message));
    if (verbose) {
      for (Throwable t = cause.getCause(); t != null; t = t.getCause()) {
        err.println("  caused by: " + PlainText.line(String.valueOf(t)));
      }
    }
    return code;
  }

  /**
   * SchemaCrawler logs through java.util.logging; users see its warnings only with --verbose (its
   * INFO lines, some 150 a run, say nothing a user can act on).
   */
  private static void quietLibraries(boolean verbose) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(verbose ? Level.WARNING : Level.OFF);
    if (verbose) {
      java.util.logging.ConsoleHandler h = new java.util.logging.ConsoleHandler();
      h.setLevel(Level.WARNING);
      root.addHandler(h);
    }
  }
}
