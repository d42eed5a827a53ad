import io.schemadiff.source.EmbeddedPostgresServer;
import io.schemadiff.source.Endpoint;
import io.schemadiff.source.SqlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Holds the benchmark's databases: starts schemadiff's embedded PostgreSQL (major MAJOR, so the
 * floor's pg_dump can read it), loads {@code DIR/from.sql} and {@code DIR/to.sql} into databases
 * of their own, writes libpq URLs of both and of the server's admin database to {@code DIR/urls},
 * and keeps the server up until its standard input closes. Loading is setup, outside any timing.
 *
 * <p>Usage: {@code java -cp target/schemadiff.jar bench/Serve.java DIR CACHE_DIR MAJOR}
 */
public class Serve {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[1]), Integer.parseInt(args[2]))) {
      Endpoint from = server.createDatabase();
      Endpoint to = server.createDatabase();
      SqlLoader.load(List.of(dir.resolve("from.sql")), from, false);
      SqlLoader.load(List.of(dir.resolve("to.sql")), to, false);
      String urls = url(from) + "\n" + url(to) + "\n" + url(server.admin()) + "\n";
      Files.writeString(dir.resolve("urls.tmp"), urls);
      Files.move(dir.resolve("urls.tmp"), dir.resolve("urls"));
      while (System.in.read() >= 0) {
        // wait for the benchmark to close our input
      }
      server.dropDatabase(from);
      server.dropDatabase(to);
    }
  }

  /** {@code postgresql://user@host:port/db}, which psql, pg_dump and schemadiff all read. */
  static String url(Endpoint e) {
    String rest = e.jdbcUrl().substring("jdbc:postgresql://".length()).replaceAll("\\?.*", "");
    return "postgresql://" + e.properties().getProperty("user") + "@" + rest;
  }
}
