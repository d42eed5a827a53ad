package io.schemadiff.inspect;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.model.NotCompared;
import io.schemadiff.model.ObjectRef;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.Table;
import java.util.Map;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import schemacrawler.inclusionrule.ExcludeAll;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.ConfigUtility;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Crawls a database with SchemaCrawler fed only by the dialect's bulk catalog SQL
 * ({@code dialects/<name>/catalog/<KEY>.sql}): one query per object kind, no per-table calls.
 */
public final class SchemaCrawlerInspector implements Inspector {
  private final Dialect dialect;

  public SchemaCrawlerInspector(Dialect dialect) {
    this(dialect, false);
  }

  /**
   * @param allowPartial read what an account that cannot see everything sees, and name the rest
   *     as not compared, instead of refusing
   */
  public SchemaCrawlerInspector(Dialect dialect, boolean allowPartial) {
    this.dialect = dialect;
    this.allowPartial = allowPartial;
  }

  private final boolean allowPartial;

  /** Asked for as the only namespace: every one that is not the server's own ({@code --schema '*'}). */
  public static final String ALL = "*";

  /** Reads that see the schema change under them before schemadiff gives up (exit 3). */
  static final int ATTEMPTS = 3;

  /**
   * The model of one consistent state: read in one snapshot where the dialect has them
   * ({@code catalog.isolation}), and read again when the catalog changed meanwhile
   * ({@code catalog.version}: some deparse functions read the newest catalog, not the snapshot).
   * A model that names a table it does not hold is never returned.
   */
  @Override
  public Schema inspect(Connection connection, List<String> asked) {
    refuseOtherServers(connection);
    String version = dialect.optional("catalog.version");
    for (int attempt = 1; ; attempt++) {
      String before = version.isEmpty() ? null : catalogVersion(connection, version);
      Schema schema;
      try {
        schema = inSnapshot(connection, () -> readOnce(connection, asked));
      } catch (InspectException e) {
        // A read that failed because the schema changed under it (a table dropped between the
        // catalog query and SHOW CREATE TABLE) is read again like one that saw the change.
        if (before == null || before.equals(catalogVersion(connection, version))) {
          throw e;
        }
        schema = null;
      }
      if (schema != null && (before == null || before.equals(catalogVersion(connection, version)))) {
        return ModelCheck.complete(dialect.name(), visible(connection, schema));
      }
      if (attempt == ATTEMPTS) {
        throw new InspectException(dialect.name() + ": inspect: the schema changed while it was read, "
            + ATTEMPTS + " times in a row; run again once the DDL running on it has finished", null);
      }
    }
  }

  /** A server the dialect does not describe (MariaDB for mysql, MySQL for mariadb) is refused before any catalog query. */
  private void refuseOtherServers(Connection connection) {
    String version;
    try {
      version = connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new InspectException(dialect.name() + ": inspect: " + rootMessage(e), e);
    }
    String unsupported = dialect.optional("server.unsupported");
    if (!unsupported.isEmpty() && version.matches(unsupported)) {
      throw new InspectException(dialect.name() + ": server " + version + " is not supported: "
          + dialect.optional("server.unsupported-reason"), null);
    }
    String required = dialect.optional("server.required");
    if (!required.isEmpty() && !version.matches(required)) {
      throw new InspectException(dialect.name() + ": server " + version + " is not supported: "
          + dialect.optional("server.required-reason"), null);
    }
  }

  /** The model, when the account sees everything; else refused, or (--allow-partial) marked. */
  private Schema visible(Connection connection, Schema schema) {
    VisibilityCheck check = dialect.visibilityCheck();
    if (check == null) {
      return schema;
    }
    java.util.Optional<VisibilityCheck.Hidden> hidden;
    try {
      hidden = check.hidden(connection);
    } catch (SQLException e) {
      throw new InspectException(dialect.name() + ": inspect: cannot tell what the account may see: "
          + rootMessage(e), e);
    }
    if (hidden.isEmpty()) {
      return schema;
    }
    if (!allowPartial) {
      throw new InspectException(dialect.name() + ": inspect: " + hidden.get().message()
          + "; nothing is compared (--allow-partial compares what it can see)", null);
    }
    List<io.schemadiff.model.NotCompared> notCompared = new java.util.ArrayList<>(schema.notCompared());
    notCompared.add(new io.schemadiff.model.NotCompared("part hidden from the account",
        new io.schemadiff.model.QName("", hidden.get().objects())));
    return schema.withNotCompared(notCompared);
  }

  private String catalogVersion(Connection connection, String key) {
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery(dialect.resource("catalog/" + key + ".sql"))) {
      return rs.next() ? rs.getString(1) : "";
    } catch (SQLException e) {
      throw new InspectException(dialect.name() + ": inspect: " + rootMessage(e), e);
    }
  }

  /** Runs a read in one read-only REPEATABLE READ transaction when the dialect says so. */
  private Schema inSnapshot(Connection connection, java.util.function.Supplier<Schema> read) {
    if (!dialect.optional("catalog.isolation").equals("repeatable-read")) {
      return read.get();
    }
    try {
      boolean auto = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return read.get();
      } finally {
        connection.rollback(); // nothing to keep: the session settings of the read go with it
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new InspectException(dialect.name() + ": inspect: " + rootMessage(e), e);
    }
  }

  private Schema readOnce(Connection connection, List<String> asked) {
    Catalog catalog;
    String version;
    List<String> namespaces = asked;
    List<String> present;
    java.util.Map<io.schemadiff.model.QName, List<io.schemadiff.model.ForeignKey>> foreignKeys;
    java.util.function.UnaryOperator<String> logical = n -> n;
    try {
      version = connection.getMetaData().getDatabaseProductVersion();
      String session = dialect.optional("catalog.session");
      if (!session.isEmpty()) {
        try (java.sql.Statement s = connection.createStatement()) {
          s.execute(session);
        }
      }
      if (asked.equals(List.of(ALL)) && !dialect.optional("catalog.all-namespaces").isEmpty()) {
        namespaces = allNamespaces(connection);
      }
      if (dialect.connectionScoped()) {
        // The connection's own database is the one namespace, unnamed in the model.
        String own = currentNamespace(connection);
        namespaces = List.of(own);
        logical = n -> n.equals(own) ? "" : n;
      }
      present = existing(connection, namespaces);
      if (present.isEmpty()) {
        // SchemaCrawler refuses to crawl nothing; an absent namespace is simply empty.
        return new Schema(dialect.name(), version, List.of(), List.of());
      }
      refuseUntrimmedNames(connection, namespaces, logical);
      DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
      catalog = SchemaCrawlerUtility.getCatalog(source, retrievalOptions(namespaces),
          crawlOptions(namespaces), ConfigUtility.newConfig());
      foreignKeys = ForeignKeyReader.read(connection, catalogSql("FOREIGN_KEYS", namespaces), logical);
    } catch (InspectException e) {
      throw e;
    } catch (SQLException | RuntimeException e) {
      throw new InspectException(dialect.name() + ": inspect: " + rootMessage(e), e);
    }
    Schema schema = new CatalogMapper(dialect.name(), version, dialect.expressions(), logical,
        dialect.property("identifier.quote"), foreignKeys).map(catalog, present);
    InspectHook hook = dialect.inspectHook();
    try {
      schema = schema.withNotCompared(notCompared(connection, namespaces, logical));
      String comments = dialect.optional("catalog.namespace-comments");
      if (!comments.isEmpty()) {
        schema = schema.withNamespaceComments(namespaceComments(connection, catalogSql(comments, namespaces), logical));
      }
      String enums = dialect.optional("catalog.enums");
      if (!enums.isEmpty()) {
        schema = schema.withEnums(EnumReader.read(connection, catalogSql(enums, namespaces), logical));
      }
      schema = withObjects(connection, namespaces, schema);
      return hook == null ? schema : hook.refine(connection, schema);
    } catch (SQLException | RuntimeException e) {
      throw new InspectException(dialect.name() + ": inspect: " + rootMessage(e), e);
    }
  }

  /**
   * The modelled kinds the dialect lists in {@code catalog.objects}, each from
   * {@code catalog/objects/<kind>.sql}, and what columns and objects require, from
   * {@code catalog.requires}.
   */
  private Schema withObjects(Connection connection, List<String> namespaces, Schema schema) throws SQLException {
    String deps = dialect.optional("catalog.requires");
    Map<ObjectRef, List<ObjectRef>> requires = deps.isEmpty() ? Map.of()
        : DependencyReader.read(connection, catalogSql(deps, namespaces));
    List<SchemaObject> objects = new java.util.ArrayList<>();
    for (String noun : dialect.list("catalog.objects")) {
      String sql = catalogSql("objects/" + noun.replace(' ', '-'), namespaces);
      objects.addAll(ObjectReader.read(connection, noun, sql, requires, dialect.expressions()));
    }
    if (requires.isEmpty()) {
      return schema.withObjects(objects);
    }
    List<Table> tables = schema.tables().stream().map(t -> new Table(t.name(),
        t.columns().stream().map(c -> c.withRequires(
            requires.getOrDefault(ObjectRef.column(t.name(), c.name()), List.of()))).toList(),
        t.primaryKey(), t.uniques(), t.foreignKeys(),
        t.checks().stream().map(c -> c.withRequires(requires.getOrDefault(member("check", t, c.name()), List.of()))).toList(),
        t.indexes().stream().map(i -> i.withRequires(requires.getOrDefault(member("index", t, i.name()), List.of()))).toList(),
        t.comment(), t.attributes())).toList();
    return new Schema(schema.dialect(), schema.serverVersion(), schema.namespaces(), tables, schema.views(),
        schema.enums(), objects, schema.notCompared(), schema.namespaceComments());
  }

  /** A check or index of table {@code t}, as the dependency query names it. */
  private static ObjectRef member(String kind, Table t, String name) {
    return new ObjectRef(kind, t.name().schema(), t.name().name(), name, "");
  }

  /** Namespace name and comment, from the dialect's {@code catalog.namespace-comments} query. */
  private static Map<String, String> namespaceComments(Connection connection, String sql,
      java.util.function.UnaryOperator<String> logical) throws SQLException {
    Map<String, String> comments = new java.util.HashMap<>();
    try (java.sql.Statement s = connection.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        comments.put(logical.apply(rs.getString(1)), rs.getString(2));
      }
    }
    return comments;
  }

  /** What the dialect's {@code catalog.not-compared} query finds: objects present but not modelled. */
  private List<NotCompared> notCompared(Connection connection, List<String> namespaces,
      java.util.function.UnaryOperator<String> logical) throws SQLException {
    String key = dialect.optional("catalog.not-compared");
    if (key.isEmpty()) {
      return List.of();
    }
    List<NotCompared> found = new java.util.ArrayList<>();
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery(catalogSql(key, namespaces))) {
      while (rs.next()) {
        found.add(new NotCompared(rs.getString(1), new QName(logical.apply(rs.getString(2)), rs.getString(3))));
      }
    }
    found.sort(null);
    return found;
  }

  /** Names SchemaCrawler would trim are refused: comparing a trimmed name would be silently wrong. */
  private void refuseUntrimmedNames(Connection connection, List<String> namespaces,
      java.util.function.UnaryOperator<String> logical) throws SQLException {
    String key = dialect.optional("catalog.untrimmed-names");
    if (key.isEmpty()) {
      return;
    }
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery(catalogSql(key, namespaces))) {
      if (rs.next()) {
        QName name = new QName(logical.apply(rs.getString(2)), rs.getString(3));
        throw InspectException.unsupported(dialect.name() + ": inspect: " + rs.getString(1) + " '" + name
            + "': names that begin or end with a space or a control character are not supported");
      }
    }
  }

  private String currentNamespace(Connection connection) throws SQLException {
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery(dialect.property("catalog.current-namespace"))) {
      String name = rs.next() ? rs.getString(1) : null;
      if (name == null) {
        throw new InspectException(dialect.name() + ": the connection has no database; name one in the URL", null);
      }
      return name;
    }
  }

  private List<String> existing(Connection connection, List<String> namespaces) throws SQLException {
    List<String> names = new java.util.ArrayList<>();
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery(catalogSql("SCHEMATA", namespaces))) {
      while (rs.next()) {
        names.add(rs.getString("SCHEMA_NAME"));
      }
    }
    return names;
  }

  /** Every namespace that is not the server's own (catalog.all-namespaces). */
  private List<String> allNamespaces(Connection connection) throws SQLException {
    List<String> names = new java.util.ArrayList<>();
    try (java.sql.Statement s = connection.createStatement();
        java.sql.ResultSet rs = s.executeQuery(dialect.resource("catalog/" + dialect.optional("catalog.all-namespaces") + ".sql"))) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private String catalogSql(String key, List<String> namespaces) {
    return dialect.resource("catalog/" + key + ".sql").replace("{{namespaces}}", namespaceList(namespaces));
  }

  private String namespaceList(List<String> namespaces) {
    boolean escape = Boolean.parseBoolean(dialect.property("literal.escape-backslash"));
    return String.format(dialect.property("catalog.namespace-list"),
        namespaces.stream().map(n -> InspectSql.literal(n, escape)).collect(Collectors.joining(", ")));
  }

  private SchemaRetrievalOptions retrievalOptions(List<String> namespaces) {
    InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder();
    for (String key : dialect.list("catalog.queries")) {
      if (!key.equals("FOREIGN_KEYS")) { // read by ForeignKeyReader
        views.withSql(InformationSchemaKey.valueOf(key), catalogSql(key, namespaces));
      }
    }
    SchemaRetrievalOptionsBuilder b = SchemaRetrievalOptionsBuilder.builder()
        .withInformationSchemaViews(views.toOptions())
        .withDoesNotSupportCatalogs()
        .withSupportsSchemas()
        .withIdentifierQuoteString(dialect.property("identifier.quote"));
    for (SchemaInfoMetadataRetrievalStrategy s : SchemaInfoMetadataRetrievalStrategy.values()) {
      b.with(s, MetadataRetrievalStrategy.data_dictionary_all);
    }
    return b.toOptions();
  }

  private static SchemaCrawlerOptions crawlOptions(List<String> namespaces) {
    String pattern = namespaces.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    // Everything SchemaCrawler would fetch through DatabaseMetaData, per table, is switched off.
    SchemaInfoLevelBuilder level = SchemaInfoLevelBuilder.builder().withInfoLevel(InfoLevel.maximum)
        .setRetrieveDatabaseInfo(false)
        .setRetrieveForeignKeys(false)
        .setRetrieveAdditionalDatabaseInfo(false)
        .setRetrieveAdditionalJdbcDriverInfo(false)
        .setRetrieveServerInfo(false)
        .setRetrieveDatabaseUsers(false)
        .setRetrieveColumnDataTypes(false)
        .setRetrieveUserDefinedColumnDataTypes(false)
        .setRetrieveRoutines(false)
        .setRetrieveRoutineParameters(false)
        .setRetrieveRoutineInformation(false)
        .setRetrieveTablePrivileges(false)
        .setRetrieveTableColumnPrivileges(false)
        .setRetrieveTriggerInformation(false)
        .setRetrieveSynonymInformation(false)
        .setRetrieveSequenceInformation(false)
        .setRetrieveViewInformation(false)
        .setRetrieveViewViewTableUsage(false)
        .setRetrieveAdditionalColumnMetadata(false)
        .setRetrieveAdditionalTableAttributes(false)
        .setRetrieveAdditionalColumnAttributes(false);
    return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
        .withLimitOptions(LimitOptionsBuilder.builder()
            .includeSchemas(new RegularExpressionInclusionRule(pattern))
            .tableTypes("TABLE", "VIEW")
            .includeRoutines(new ExcludeAll())
            .includeSequences(new ExcludeAll())
            .includeSynonyms(new ExcludeAll())
            .toOptions())
        .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level.toOptions()).toOptions());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
