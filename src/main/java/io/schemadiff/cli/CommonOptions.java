package io.schemadiff.cli;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.inspect.SchemaCrawlerInspector;
import io.schemadiff.model.Schema;
import io.schemadiff.source.DevServer;
import io.schemadiff.source.EmbeddedMySqlServer;
import io.schemadiff.source.EmbeddedPostgresServer;
import io.schemadiff.source.SourceResolver;
import io.schemadiff.source.Urls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** Flags shared by commands that read sources. */
final class CommonOptions {
  private CommonOptions() {}

  /** {@code --from} and {@code --to} with {@code --rename}, plus {@link #sources()}. */
  static Options fromTo() {
    Options o = sources();
    o.addOption(RenameOption.option());
    o.addOption(Option.builder().longOpt("from").hasArg().argName("SRC").desc("the current state").get());
    o.addOption(Option.builder().longOpt("to").hasArg().argName("SRC").desc("the desired state").get());
    o.addOption(Option.builder().longOpt("server-version").hasArg().argName("MAJOR")
        .desc("the server version the migration will run on (e.g. 15); default: that of --from's server").get());
    return o;
  }

  /** Flags for reading sources, without naming them. */
  static Options sources() {
    Options o = new Options();
    o.addOption(Option.builder().longOpt("schema").hasArgs().argName("NAME")
        .desc("schema to compare; repeat or separate with commas (default: public)").get());
    o.addOption(Option.builder().longOpt("dialect").hasArg().argName("NAME")
        .desc("postgresql (default), mysql or mariadb; inferred from URLs").get());
    o.addOption(Option.builder().longOpt("dev-url").hasArg().argName("URL")
        .desc("server for loading SQL files instead of the embedded one").get());
    o.addOption(Option.builder().longOpt("verbose").desc("show causes of errors and library warnings").get());
    o.addOption(Option.builder().longOpt("ignore").hasArgs().argName("GLOB")
        .desc("leave out tables and views matching GLOB (name or schema.name; * and ?); repeatable").get());
    o.addOption(Option.builder().longOpt("mariadb-version").hasArg().argName("SERIES")
        .desc("embedded MariaDB for SQL files: " + String.join(" or ", EmbeddedMySqlServer.MARIADB_SERIES)
            + " (default " + EmbeddedMySqlServer.MARIADB_DEFAULT + ")").get());
    o.addOption(Option.builder().longOpt("pg-version").hasArg().argName("MAJOR")
        .desc("load SQL files on an embedded PostgreSQL of this major version (13-17; default 17),"
            + " fetched from Maven Central on first use").get());
    o.addOption(Option.builder().longOpt("ignore-definers")
        .desc("MySQL: neither compare nor write the DEFINER of views, triggers and routines (each is created"
            + " as the account running the migration), for environments with different accounts").get());
    o.addOption(Option.builder().longOpt("allow-partial")
        .desc("MySQL: read what an account that cannot see the whole database sees, naming the rest as not "
            + "compared (default: refuse, exit 3)").get());
    o.addOption(Option.builder().longOpt("privileges")
        .desc("compare GRANTs too (off by default: roles differ between environments)").get());
    o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    return o;
  }

  static void printHelp(java.io.PrintStream out, String usage, Options options) {
    new org.apache.commons.cli.HelpFormatter().printHelp(new java.io.PrintWriter(out, true), 100, usage, "",
        options, 2, 2, "");
  }

  static CommandLine parse(Options options, String[] args) {
    try {
      CommandLine cl = new DefaultParser().parse(options, args);
      if (!cl.getArgList().isEmpty()) {
        throw new UsageException("unexpected argument '" + cl.getArgList().get(0) + "'");
      }
      return cl;
    } catch (ParseException e) {
      throw new UsageException(e.getMessage().replace("Unrecognized option: ", "unknown flag "));
    }
  }

  static String required(CommandLine cl, String flag) {
    String v = cl.getOptionValue(flag);
    if (v == null || v.isBlank()) {
      throw new UsageException("--" + flag + " is required");
    }
    return v;
  }

  /** The dialect named by --dialect, or implied by the URLs given; they must agree. */
  static Dialect dialect(CommandLine cl, String... sources) {
    Set<String> implied = new LinkedHashSet<>();
    List<String> all = new ArrayList<>(List.of(sources));
    if (cl.hasOption("dev-url")) {
      all.add(cl.getOptionValue("dev-url"));
    }
    for (String s : all) {
      if (s == null) {
        continue;
      }
      if (Urls.isUrl(s)) {
        implied.add(Urls.dialectOf(s));
      } else if (io.schemadiff.snapshot.Snapshots.isSnapshot(s) && java.nio.file.Files.isRegularFile(Path.of(s))) {
        implied.add(io.schemadiff.snapshot.Snapshots.dialect("--from/--to", Path.of(s)));
      }
    }
    String named = cl.getOptionValue("dialect");
    if (named != null && !Dialect.KNOWN.contains(named)) {
      throw new UsageException("--dialect: unknown dialect '" + named + "' (known: " + String.join(", ", Dialect.KNOWN) + ")");
    }
    // A mysql:// URL names the protocol, which MariaDB shares: it fits mariadb:// and --dialect mariadb.
    if (implied.contains("mariadb") || "mariadb".equals(named)) {
      implied.remove("mysql");
    }
    if (implied.size() > 1) {
      throw new UsageException("sources are of different dialects: " + String.join(" and ", implied));
    }
    if (named != null && !implied.isEmpty() && !implied.contains(named)) {
      throw new UsageException("--dialect " + named + " does not match the URLs given ("
          + implied.iterator().next() + ")");
    }
    String name = named != null ? named : implied.isEmpty() ? "postgresql" : implied.iterator().next();
    return Dialect.load(name);
  }

  static List<String> schemas(CommandLine cl, Dialect dialect) {
    Set<String> names = new LinkedHashSet<>();
    String[] values = cl.getOptionValues("schema");
    if (dialect.connectionScoped()) {
      if (values != null) {
        throw new UsageException("--schema: " + dialect.name()
            + " compares the database named in each URL (SQL files: a scratch database); drop --schema");
      }
      return List.of("");
    }
    if (values != null) {
      for (String v : values) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            names.add(part.strip());
          }
        }
      }
    }
    if (names.contains("*")) {
      return List.of("*"); // every schema but the server's own, read from each side
    }
    if (names.isEmpty()) {
      names.add(dialect.property("namespace.default"));
    }
    return List.copyOf(new java.util.TreeSet<>(names));
  }

  static SourceResolver resolver(CommandLine cl, Dialect dialect, List<String> schemas,
      Map<String, String> env) {
    String devUrl = cl.getOptionValue("dev-url");
    int major = pgVersion(cl, dialect, devUrl);
    String mariadb = mariaDbVersion(cl, dialect, devUrl);
    return new SourceResolver(dialect, schemas, new SchemaCrawlerInspector(dialect, cl.hasOption("allow-partial")),
        () -> devUrl != null
            ? new DevServer(Urls.parse("--dev-url", devUrl, env))
            : switch (dialect.name()) {
                case "mysql" -> EmbeddedMySqlServer.start(cacheRoot(env));
                case "mariadb" -> EmbeddedMySqlServer.startMariaDb(cacheRoot(env), mariadb);
                default -> EmbeddedPostgresServer.start(cacheRoot(env), major);
              },
        env);
  }

  /** {@code --mariadb-version}: the embedded MariaDB's series, checked before anything is read. */
  private static String mariaDbVersion(CommandLine cl, Dialect dialect, String devUrl) {
    String v = cl.getOptionValue("mariadb-version");
    if (v == null) {
      return EmbeddedMySqlServer.MARIADB_DEFAULT;
    }
    if (!dialect.name().equals("mariadb")) {
      throw new UsageException("--mariadb-version: only for MariaDB (--dialect mariadb)");
    }
    if (devUrl != null) {
      throw new UsageException("--mariadb-version: not with --dev-url, which names a server of its own version");
    }
    if (!EmbeddedMySqlServer.MARIADB_SERIES.contains(v)) {
      throw new UsageException("--mariadb-version: expected " + String.join(" or ", EmbeddedMySqlServer.MARIADB_SERIES)
          + ", got '" + v + "'");
    }
    return v;
  }

  /** {@code --pg-version}: the embedded server's major version, checked before anything is read. */
  private static int pgVersion(CommandLine cl, Dialect dialect, String devUrl) {
    String v = cl.getOptionValue("pg-version");
    if (v == null) {
      return EmbeddedPostgresServer.BUNDLED_MAJOR;
    }
    if (!dialect.name().equals("postgresql")) {
      throw new UsageException("--pg-version: only for PostgreSQL");
    }
    if (devUrl != null) {
      throw new UsageException("--pg-version: not with --dev-url, which names a server of its own version");
    }
    int major = v.matches("\\d{1,2}") ? Integer.parseInt(v) : -1;
    if (major < EmbeddedPostgresServer.OLDEST_MAJOR || major > EmbeddedPostgresServer.BUNDLED_MAJOR) {
      throw new UsageException("--pg-version: expected a major version from " + EmbeddedPostgresServer.OLDEST_MAJOR
          + " to " + EmbeddedPostgresServer.BUNDLED_MAJOR + ", got '" + v + "'");
    }
    return major;
  }

  /** Where reusable server data lives: $XDG_CACHE_HOME/schemadiff or ~/.cache/schemadiff. */
  static Path cacheRoot(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("schemadiff");
  }

  /** A schema that exists on neither side is a typo, not an empty schema. */
  static void checkSchemasExist(List<String> schemas, Schema before, Schema after) {
    if (schemas.equals(List.of(io.schemadiff.inspect.SchemaCrawlerInspector.ALL))) {
      return;
    }
    for (String s : schemas) {
      if (!before.namespaces().contains(s) && !after.namespaces().contains(s)) {
        throw new UsageException("--schema: schema '" + s + "' exists in neither --from nor --to");
      }
    }
  }
}
