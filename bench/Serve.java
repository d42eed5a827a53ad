import io.schemadiff.source.EmbeddedPostgresServer;
import io.schemadiff.source.Endpoint;
import io.schemadiff.source.SqlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Holds the benchmark's two live databases: starts schemadiff's embedded PostgreSQL, loads
 * {@code DIR/from.sql} and {@code DIR/to.sql} into databases of their own, writes their URLs to
 * {@code DIR/urls}, and keeps the server up until its standard input closes. Loading is setup,
 * outside the timed run.
 *
 * <p>Usage: {@code java -cp target/schemadiff.jar bench/Serve.java DIR CACHE_DIR}
 */
public class Serve {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[1]))) {
      Endpoint from = server.createDatabase();
      Endpoint to = server.createDatabase();
      SqlLoader.load(List.of(dir.resolve("from.sql")), from, false);
      SqlLoader.load(List.of(dir.resolve("to.sql")), to, false);
      Files.writeString(dir.resolve("urls.tmp"), from.jdbcUrl() + "\n" + to.jdbcUrl() + "\n");
      Files.move(dir.resolve("urls.tmp"), dir.resolve("urls"));
      while (System.in.read() >= 0) {
        // wait for the benchmark to close our input
      }
      server.dropDatabase(from);
      server.dropDatabase(to);
    }
  }
}
