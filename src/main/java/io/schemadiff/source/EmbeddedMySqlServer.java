package io.schemadiff.source;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An embedded server of the MySQL family (MySQL 8.0.31, or MariaDB: see {@link MySqlDistribution}),
 * started once per run. Under {@code cacheRoot/<folder>} the binaries are unpacked once
 * ({@code dist}) and the data directory is initialised once ({@code data}; MySQL takes 6–8 s,
 * MariaDB 1–2 s) and reused. A second concurrent
 * run, which cannot take {@code lock}, initialises a throwaway data directory under {@code tmp}
 * instead: slower, but it never waits on a run that may last minutes.
 */
public final class EmbeddedMySqlServer implements ScratchServer {
  private static final String UNPACKED = ".schemadiff-unpacked";
  private static final String INITIALIZED = ".schemadiff-initialized";
  static final long INIT_SECONDS = 300;
  private static final long READY_SECONDS = 120;
  private static final long STOP_SECONDS = 60;
  private static final String HINT = " (use --dev-url to name a server of your own)";
  private static final Pattern MISSING_LIBRARY =
      Pattern.compile("error while loading shared libraries: ([^:\\s]+)");
  private static final Set<String> SYSTEM_SCHEMAS =
      Set.of("mysql", "information_schema", "performance_schema", "sys");
  /** Lock files this JVM holds: on Linux, closing any other channel on one drops the lock. */
  private static final Set<Path> HELD = new HashSet<>();

  private final MySqlDistribution distribution;
  private final Path dist;
  private final Instance instance;
  private final Thread shutdownHook = new Thread(this::close, "schemadiff-mysql-stop");
  private volatile Process mysqld;
  private volatile Endpoint admin;
  private volatile boolean closed;

  /** A data directory and its run files ({@code run}), ours while {@code lock} is held. */
  private record Instance(Path home, FileChannel lock, boolean temporary) {
    Path data() {
      return home.resolve("data");
    }

    Path run() {
      return home.resolve("run");
    }
  }

  private EmbeddedMySqlServer(MySqlDistribution distribution, Path dist, Instance instance) {
    this.distribution = distribution;
    this.dist = dist;
    this.instance = instance;
    // Ctrl-C or System.exit without close(): mysqld would outlive us and hold the data directory.
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** The bundled MySQL 8.0.31. */
  public static EmbeddedMySqlServer start(Path cacheRoot) {
    return start(cacheRoot, BundledMySql.INSTANCE);
  }

  /** MariaDB of a series in {@link #MARIADB_SERIES} ("11.4"). */
  public static EmbeddedMySqlServer startMariaDb(Path cacheRoot, String series) {
    return start(cacheRoot, new MariaDbDistribution(series, cacheRoot.toAbsolutePath()));
  }

  /** The MariaDB series there are binaries for, and the one used when none is named. */
  public static final java.util.Set<String> MARIADB_SERIES = new java.util.TreeSet<>(MariaDbDistribution.SERIES.keySet());
  public static final String MARIADB_DEFAULT = MariaDbDistribution.DEFAULT_SERIES;

  private static EmbeddedMySqlServer start(Path cacheRoot, MySqlDistribution distribution) {
    EmbeddedMySqlServer server = null;
    String what = "the embedded " + distribution.label();
    try {
      requireLinuxX64(distribution);
      Path home = cacheRoot.toAbsolutePath().resolve(distribution.folder());
      Path dist = unpack(home, distribution);
      distribution.prepare(dist);
      sweepTemporaries(home);
      server = new EmbeddedMySqlServer(distribution, dist, claim(home));
      server.boot();
      return server;
    } catch (StartFailure e) {
      closeQuietly(server);
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot start " + what + ": " + e.getMessage() + HINT, e.getCause());
    } catch (IOException | RuntimeException e) {
      closeQuietly(server);
      String reason = e instanceof AccessDeniedException ? "permission denied: " + e.getMessage()
          : e.getMessage();
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "cannot start " + what + ": " + reason + HINT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(server);
      throw new SourceException(SourceException.Kind.UNREACHABLE,
          "interrupted while starting " + what, e);
    }
  }

  /** root on 127.0.0.1 with no password, no database selected. */
  public Endpoint admin() {
    return admin;
  }

  @Override
  public Endpoint createDatabase() {
    // Named and kept as on any server, so a run with --dev-url on this one tells it is alive.
    return ScratchDatabases.create(admin, ScratchDatabases.newName());
  }

  @Override
  public void dropDatabase(Endpoint database) {
    String url = database.jdbcUrl();
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    if (!name.startsWith("schemadiff_")) {
      throw new IllegalStateException("refusing to drop a database schemadiff did not create: " + name);
    }
    ScratchDatabases.release(name);
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      // As PostgreSQL's WITH (FORCE): a session left in the database would block the drop forever.
      List<Long> sessions = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT id FROM information_schema.processlist"
          + " WHERE db = ? AND id <> CONNECTION_ID()")) {
        p.setString(1, name);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            sessions.add(rs.getLong(1));
          }
        }
      }
      for (long id : sessions) {
        s.execute("KILL " + id);
      }
      s.execute("DROP DATABASE IF EXISTS " + quote(name));
    } catch (SQLException | SourceException e) {
      // Best effort: a leftover scratch database is dropped by the next run that holds the lock.
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (mysqld != null) {
      stop(mysqld.toHandle(), instance.temporary());
    }
    release(instance);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is exiting, and this may be that very hook.
    }
  }

  // ---- starting ----

  private static void requireLinuxX64(MySqlDistribution distribution) throws StartFailure {
    String os = System.getProperty("os.name");
    String arch = System.getProperty("os.arch");
    if (!os.equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new StartFailure(distribution.label() + " runs here only on Linux x86-64, not " + os + " " + arch,
          null, true);
    }
  }

  /** Unpacks the server once; the file lock keeps two first runs from unpacking at once. */
  private static synchronized Path unpack(Path home, MySqlDistribution distribution)
      throws IOException, InterruptedException, StartFailure {
    Path dist = home.resolve("dist");
    Path marker = dist.resolve(UNPACKED);
    if (Files.exists(marker)) {
      return dist;
    }
    Files.createDirectories(home);
    try (FileChannel channel = FileChannel.open(home.resolve("dist.lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      channel.lock(); // released when the channel closes
      if (Files.exists(marker)) {
        return dist;
      }
      deleteTree(dist); // a half-unpacked earlier attempt
      Files.createDirectories(dist);
      distribution.unpack(dist, home.resolve("unpack.log"));
      Files.createFile(marker);
    }
    return dist;
  }

  /**
   * Ubuntu 24.04 and Debian 13 ship libaio only as libaio.so.1t64, while mysqld asks for
   * libaio.so.1; a link beside the bundled libraries (on mysqld's RPATH) bridges the rename
   * without touching the system.
   */
  static void bridgeLibaio(Path dist) {
    List<String> dirs = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib");
    Path link = dist.resolve("lib/private/libaio.so.1");
    if (Files.exists(link) || dirs.stream().anyMatch(d -> Files.exists(Path.of(d, "libaio.so.1")))) {
      return;
    }
    for (String d : dirs) {
      Path t64 = Path.of(d, "libaio.so.1t64");
      if (Files.exists(t64)) {
        try {
          Files.deleteIfExists(link); // dangling, from a since-removed library
          Files.createSymbolicLink(link, t64);
        } catch (FileAlreadyExistsException e) {
          // A concurrent run made it.
        } catch (IOException e) {
          // Then mysqld reports the missing library, and we name the fix.
        }
        return;
      }
    }
  }

  /** This run's instance: the shared data directory if free, else a throwaway one. */
  private static Instance claim(Path home) throws IOException {
    Instance shared = tryClaim(home, false);
    if (shared != null) {
      return shared;
    }
    Path tmp = home.resolve("tmp");
    Files.createDirectories(tmp);
    Instance own = tryClaim(Files.createTempDirectory(tmp, "run-"), true);
    if (own == null) {
      throw new IOException("cannot lock a new directory under " + tmp);
    }
    return own;
  }

  private static Instance tryClaim(Path home, boolean temporary) throws IOException {
    Path file = home.resolve("lock");
    synchronized (HELD) {
      if (HELD.contains(file)) {
        return null;
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        return null;
      }
      HELD.add(file);
      return new Instance(home, channel, temporary);
    }
  }

  private static void release(Instance instance) {
    if (instance.temporary()) {
      try {
        deleteTree(instance.home());
      } catch (IOException e) {
        // The next run sweeps it.
      }
    }
    synchronized (HELD) {
      HELD.remove(instance.home().resolve("lock"));
      try {
        instance.lock().close();
      } catch (IOException e) {
        // Released by the OS on exit anyway.
      }
    }
  }

  /** Throwaway data directories of killed concurrent runs: an unlocked one is an orphan. */
  private static void sweepTemporaries(Path home) {
    Path tmp = home.resolve("tmp");
    if (!Files.isDirectory(tmp)) {
      return;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp)) {
      for (Path dir : dirs) {
        // A young one may belong to a run that has made but not yet locked it.
        if (Files.getLastModifiedTime(dir).toMillis() > System.currentTimeMillis() - 60_000) {
          continue;
        }
        Instance orphan = tryClaim(dir, true);
        if (orphan != null) {
          stopStale(orphan);
          release(orphan);
        }
      }
    } catch (IOException e) {
      // Orphans only cost disk space; never fail a run over them.
    }
  }

  /**
   * Stops any mysqld (server or initialisation) still running on this instance's data directory,
   * left by a run that was killed; we hold the lock, so it is an orphan. Matching the command line
   * rather than reading mysqld.pid also finds a server killed before it wrote the pid file, and
   * cannot hit an unrelated process that reused the pid.
   */
  private static void stopStale(Instance instance) {
    String datadir = "--datadir=" + instance.data();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(datadir)).orElse(false))
        .forEach(p -> stop(p, instance.temporary()));
  }

  /** SIGTERM lets mysqld shut down cleanly; a throwaway data directory does not need that. */
  private static void stop(ProcessHandle process, boolean forcibly) {
    if (!process.isAlive()) {
      return;
    }
    if (forcibly) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
    try {
      process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      process.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
    } catch (ExecutionException e) {
      // onExit() does not fail.
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Initialises the data directory if needed and starts mysqld, retrying what a retry can fix. */
  private void boot() throws StartFailure, IOException, InterruptedException {
    if (!instance.temporary()) {
      stopStale(instance);
    }
    boolean fresh = !Files.exists(instance.data().resolve(INITIALIZED));
    if (fresh) {
      initialize();
    }
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      admin = adminEndpoint(port);
      Path out = instance.run().resolve("mysqld.out");
      Path err = instance.run().resolve("mysqld.err");
      Files.deleteIfExists(err); // this start's log only, so that its tail explains this start
      // A killed mysqld's socket lock names its pid, which another process may have reused since.
      Files.deleteIfExists(Path.of(socket() + ".lock"));
      launch(server(port, err), out);
      try {
        awaitReady(err, out);
        break;
      } catch (StartFailure e) {
        stop(mysqld.toHandle(), instance.temporary());
        if (e.environment || closed) {
          throw e;
        }
        if (tail(err).contains("Address already in use") && attempt < 3) {
          continue; // another program took the free port before mysqld bound it
        }
        if (fresh) {
          throw e;
        }
        // A reused data directory that no longer starts (killed mid-write while fsync is off,
        // or root's password changed by a loaded file) is rebuilt once.
        initialize();
        fresh = true;
      }
    }
    if (!instance.temporary()) {
      dropLeftovers();
    }
  }

  private void initialize() throws StartFailure, IOException, InterruptedException {
    deleteTree(instance.data()); // --initialize refuses a non-empty directory, e.g. a half-done one
    Files.createDirectories(instance.run());
    Path out = instance.run().resolve("init.out");
    Path err = instance.run().resolve("init.err");
    Files.deleteIfExists(err);
    List<String> args = distribution.initialize(dist, instance.data(), shared(), err);
    Process init = launch(args, out);
    if (!init.waitFor(INIT_SECONDS, TimeUnit.SECONDS)) {
      stop(init.toHandle(), true);
      throw failure("initialising " + instance.data() + " took over " + INIT_SECONDS + " s", err, out);
    }
    if (init.exitValue() != 0) {
      throw failure(distribution.label() + " could not initialise " + instance.data() + ", see " + err + " and " + out, err, out);
    }
    Files.createFile(instance.data().resolve(INITIALIZED));
  }

  /** Options that initialisation and every start share, after the program and --no-defaults. */
  private List<String> shared() {
    List<String> args = new ArrayList<>();
    if (runningAsRoot()) {
      args.add("--user=root"); // mysqld refuses to run as root unless told so
    }
    args.addAll(List.of(
        "--basedir=" + dist,
        "--datadir=" + instance.data(),
        "--lc-messages-dir=" + dist.resolve("share"),
        // MySQL 8's own defaults, pinned so that SQL reads back here as on a stock server;
        // lower_case_table_names must also match between initialisation and start.
        "--lower-case-table-names=0",
        "--explicit-defaults-for-timestamp=ON",
        // Scratch data only: durability buys nothing and costs seconds on large schemas.
        "--innodb-flush-log-at-trx-commit=0",
        "--innodb-doublewrite=0",
        "--skip-log-bin"));
    args.addAll(distribution.options());
    return args;
  }

  private List<String> server(int port, Path errorLog) throws IOException {
    Files.createDirectories(instance.run().resolve("tmp"));
    List<String> args = new ArrayList<>(List.of(distribution.daemon(dist).toString(), "--no-defaults"));
    args.addAll(shared());
    args.addAll(List.of(
        "--port=" + port,
        "--bind-address=127.0.0.1",
        "--socket=" + socket(),
        "--pid-file=" + instance.run().resolve("mysqld.pid"),
        // A server of its own temp folder: at start-up mysqld deletes every #sql* file in its
        // tmpdir, which in a shared /tmp are the temporary tables of other runs' servers.
        "--tmpdir=" + instance.run().resolve("tmp"),
        "--log-error=" + errorLog,
        // Only schemadiff connects, over plain TCP: no TLS or statistics.
        "--skip-ssl",
        "--performance-schema=OFF",
        "--innodb-buffer-pool-size=64M",
        "--default-time-zone=+00:00"));
    args.addAll(distribution.serverOptions(instance.run()));
    return args;
  }

  /** Unix socket paths may not exceed 107 bytes; a deep cache folder falls back to the temp folder. */
  private Path socket() {
    Path socket = instance.run().resolve("mysql.sock");
    if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= 100) {
      return socket;
    }
    return Path.of(System.getProperty("java.io.tmpdir"),
        "schemadiff-mysql-" + Integer.toHexString(socket.hashCode()) + ".sock");
  }

  /** Starts a mysqld that close() and the shutdown hook will stop. */
  private synchronized Process launch(List<String> args, Path output) throws StartFailure, IOException {
    if (closed) {
      throw new StartFailure("stopped while starting", null, true);
    }
    Files.createDirectories(instance.run());
    try {
      mysqld = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      return mysqld;
    } catch (IOException e) {
      String why = String.valueOf(e.getMessage()).contains("error=2,")
          ? " (the bundled build needs glibc; Alpine and other musl systems cannot run it)" : "";
      throw new StartFailure("cannot run " + args.get(0) + why, e, true);
    }
  }

  private void awaitReady(Path err, Path out) throws StartFailure, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
    while (true) {
      if (!mysqld.isAlive()) {
        throw failure("mysqld exited during startup, see " + err, err, out);
      }
      try {
        DriverManager.getConnection(admin.jdbcUrl(), admin.properties()).close();
        return;
      } catch (SQLException e) {
        if ("28000".equals(e.getSQLState())) {
          throw failure("the data directory refuses root without a password", err, out);
        }
        if (System.nanoTime() > deadline) {
          throw failure("mysqld did not accept connections within " + READY_SECONDS + " s, see " + err,
              err, out);
        }
      }
      Thread.sleep(50);
    }
  }

  /** Databases and accounts that loaded SQL files left in the reused data directory. */
  private void dropLeftovers() {
    try (Connection c = Jdbc.open(admin, false); Statement s = c.createStatement()) {
      List<String> drops = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
        while (rs.next()) {
          if (!SYSTEM_SCHEMAS.contains(rs.getString(1))) {
            drops.add("DROP DATABASE IF EXISTS " + quote(rs.getString(1)));
          }
        }
      }
      // Databases first: an account that is still some object's DEFINER cannot be dropped.
      try (ResultSet rs = s.executeQuery("SELECT user, host FROM mysql.user")) {
        while (rs.next()) {
          if (!distribution.systemUsers().contains(rs.getString(1))) {
            drops.add("DROP USER IF EXISTS " + quote(rs.getString(1)) + "@" + quote(rs.getString(2)));
          }
        }
      }
      for (String drop : drops) {
        try {
          s.execute(drop);
        } catch (SQLException e) {
          // One stubborn leftover must not keep the others.
        }
      }
    } catch (SQLException | SourceException e) {
      // Leftovers only cost disk space; never fail a run over them.
    }
  }

  // ---- helpers ----

  private static Endpoint adminEndpoint(int port) {
    String url = "jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
    Properties props = new Properties();
    props.setProperty("user", "root");
    props.setProperty("password", "");
    // Connector/J counts this in milliseconds; Jdbc's default of 10 means seconds to PgJDBC.
    props.setProperty("connectTimeout", "10000");
    return new Endpoint("mysql", url, props, url);
  }

  private static StartFailure failure(String message, Path... logs) {
    String tail = tail(logs);
    IOException detail = new IOException("mysqld log tail:\n" + tail);
    Matcher m = MISSING_LIBRARY.matcher(tail);
    if (m.find()) {
      String lib = m.group(1);
      String fix = lib.startsWith("libaio") || lib.startsWith("libnuma")
          ? "apt-get install -y libaio1 libnuma1 (libaio1t64 on Ubuntu 24.04+ and Debian 13;"
              + " dnf install -y libaio numactl-libs on Fedora/RHEL)"
          : "install the package that provides it";
      return new StartFailure("mysqld cannot load " + lib + ": " + fix, detail, true);
    }
    return new StartFailure(message, detail, false);
  }

  /** The last lines of each non-empty log, for --verbose. */
  static String tail(Path... logs) {
    StringBuilder b = new StringBuilder();
    for (Path log : logs) {
      try {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        if (!lines.isEmpty()) {
          b.append("== ").append(log).append('\n');
          lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(l -> b.append(l).append('\n'));
        }
      } catch (IOException e) {
        // Not written (yet).
      }
    }
    return b.toString();
  }

  private static boolean runningAsRoot() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
    } catch (IOException | RuntimeException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void closeQuietly(EmbeddedMySqlServer server) {
    if (server != null) {
      server.close();
    }
  }

  /** A failed start; the message is the user's one line, the cause holds the logs. */
  static final class StartFailure extends Exception {
    /** The system, not the data directory or a port race, is at fault: retrying cannot help. */
    final boolean environment;

    StartFailure(String message, Throwable cause, boolean environment) {
      super(message, cause);
      this.environment = environment;
    }
  }
}
