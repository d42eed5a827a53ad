package io.schemadiff.source;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.inspect.Inspector;
import io.schemadiff.model.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a {@code --from}/{@code --to} argument into a model: a live database (read-only), SQL
 * files loaded into a scratch database, or {@code empty}.
 */
public final class SourceResolver implements AutoCloseable {
  private final Dialect dialect;
  private final List<String> namespaces;
  private final Inspector inspector;
  private final Supplier<ScratchServer> scratchFactory;
  private final Map<String, String> env;
  private ScratchServer scratch;
  private final java.util.List<String> timings = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  public SourceResolver(Dialect dialect, List<String> namespaces, Inspector inspector,
      Supplier<ScratchServer> scratchFactory, Map<String, String> env) {
    this.dialect = dialect;
    this.namespaces = List.copyOf(namespaces);
    this.inspector = inspector;
    this.scratchFactory = scratchFactory;
    this.env = env;
  }

  public Schema resolve(String flag, String argument) {
    if (argument.equals("empty")) {
      // A fresh database holds its default namespace ('*' included), nothing else.
      List<String> present = namespaces.stream()
          .filter(n -> n.equals(dialect.property("namespace.default")) || n.equals(io.schemadiff.inspect.SchemaCrawlerInspector.ALL))
          .map(n -> dialect.property("namespace.default")).toList();
      return Schema.empty(dialect.name(), present);
    }
    if (io.schemadiff.snapshot.Snapshots.isSnapshot(argument)) {
      long start = System.nanoTime();
      Schema snapshot = io.schemadiff.snapshot.Snapshots.read(flag, Path.of(argument));
      time("read " + flag + " snapshot", start);
      if (!snapshot.dialect().equals(dialect.name())) {
        throw new SourceException(SourceException.Kind.BAD_INPUT,
            flag + ": " + argument + " is a " + snapshot.dialect() + " snapshot, but the dialect is " + dialect.name());
      }
      return within(snapshot);
    }
    if (Urls.isUrl(argument)) {
      Endpoint endpoint = Urls.parse(flag, argument, env);
      if (!endpoint.dialect().equals(dialect.family())) {
        throw new SourceException(SourceException.Kind.BAD_INPUT,
            flag + ": a " + endpoint.dialect() + " URL, but the dialect is " + dialect.name());
      }
      return inspect(endpoint, true);
    }
    List<Path> files = SqlFiles.list(flag, Path.of(argument));
    long start = System.nanoTime();
    ScratchServer server = scratch();
    time("start scratch server", start);
    Endpoint db = server.createDatabase();
    try {
      long load = System.nanoTime();
      SqlLoader.load(files, db, dialect.family().equals("mysql"));
      time("load " + flag, load);
      return inspect(db, false);
    } finally {
      server.dropDatabase(db);
    }
  }

  /**
   * Both sources at once, each on its own connection (and, for SQL files, its own scratch
   * database): the second on a thread of its own. If either fails, the first source's failure
   * is the one thrown, so the error does not depend on which thread was faster.
   */
  public List<Schema> resolveBoth(String flagA, String argumentA, String flagB, String argumentB,
      java.util.function.UnaryOperator<Schema> view) {
    java.util.concurrent.CompletableFuture<Schema> second = new java.util.concurrent.CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        second.complete(view.apply(resolve(flagB, argumentB)));
      } catch (Throwable e) {
        second.completeExceptionally(e);
      }
    }, "schemadiff-read " + flagB);
    t.setDaemon(true);
    t.start();
    Schema first;
    try {
      first = view.apply(resolve(flagA, argumentA));
    } catch (RuntimeException | Error e) {
      awaitQuietly(second);
      throw e;
    }
    try {
      return List.of(first, second.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(SourceException.Kind.UNREACHABLE, "interrupted while reading " + flagB, e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Lets the other read finish (its scratch database is dropped) before the failure is reported. */
  private static void awaitQuietly(java.util.concurrent.Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      // the first source's failure is the one reported
    }
  }

  /** Whether an argument names SQL files (not {@code empty}, a snapshot or a URL). */
  public static boolean namesFiles(String argument) {
    return !argument.equals("empty") && !io.schemadiff.snapshot.Snapshots.isSnapshot(argument) && !Urls.isUrl(argument);
  }

  /** A scratch database on the same server the SQL files are loaded on, to try a migration. */
  public DryRun dryRun() {
    return new DryRun(scratch(), this, dialect.family().equals("mysql"));
  }

  /** A scratch database's model, read as a source is. */
  Schema read(Endpoint database) {
    return inspect(database, false);
  }

  /** The part of a snapshot in the namespaces asked for (all of it for {@code *}). */
  private Schema within(Schema s) {
    if (namespaces.equals(List.of(io.schemadiff.inspect.SchemaCrawlerInspector.ALL))) {
      return s;
    }
    return s.only(namespaces::contains, name -> namespaces.contains(name.schema()));
  }

  /** Stage durations so far, e.g. {@code inspect --from: 0.412 s}. */
  public List<String> timings() {
    synchronized (timings) {
      return List.copyOf(timings);
    }
  }

  private void time(String stage, long startNanos) {
    timings.add(String.format(java.util.Locale.ROOT, "%s: %.3f s", stage, (System.nanoTime() - startNanos) / 1e9));
  }

  private Schema inspect(Endpoint endpoint, boolean readOnly) {
    long start = System.nanoTime();
    try (Connection c = Jdbc.open(endpoint, readOnly)) {
      Schema schema = inspector.inspect(c, namespaces);
      time("inspect " + endpoint.display().replaceAll("schemadiff_[0-9a-f_]+", "scratch"), start);
      return schema;
    } catch (SQLException e) {
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot read " + endpoint.display() + ": " + Jdbc.reason(e), e);
    }
  }

  private synchronized ScratchServer scratch() {
    if (scratch == null) {
      scratch = scratchFactory.get();
    }
    return scratch;
  }

  @Override
  public synchronized void close() {
    if (scratch != null) {
      scratch.close();
      scratch = null;
    }
  }
}
