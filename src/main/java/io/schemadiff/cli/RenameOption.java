package io.schemadiff.cli;

import io.schemadiff.diff.Renames;
import io.schemadiff.model.ColumnRef;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/**
 * {@code --rename table:OLD=NEW} and {@code --rename column:TABLE.OLD=NEW}: renames said by the
 * user, checked against both states (the old name must be in --from, the new one in --to).
 * A name without a schema is in the first schema compared.
 */
final class RenameOption {
  private RenameOption() {}

  static Option option() {
    return Option.builder().longOpt("rename").hasArgs().argName("KIND:OLD=NEW")
        .desc("a rename to make instead of a drop and an add: table:orders=purchases or "
            + "column:orders.total=amount; repeatable").get();
  }

  static Renames parse(CommandLine cl, String defaultSchema, Schema from, Schema to, String fromFlag, String toFlag) {
    String[] values = cl.hasOption("rename") ? cl.getOptionValues("rename") : new String[0];
    Map<QName, QName> tables = new LinkedHashMap<>();
    Map<ColumnRef, String> columns = new LinkedHashMap<>();
    for (String v : values) {
      String spec = "--rename " + v;
      int colon = v.indexOf(':');
      int eq = v.indexOf('=');
      if (colon < 0 || eq < colon) {
        throw new UsageException(spec + ": expected table:OLD=NEW or column:TABLE.OLD=NEW");
      }
      String kind = v.substring(0, colon);
      String old = v.substring(colon + 1, eq).strip();
      String now = v.substring(eq + 1).strip();
      if (kind.equals("table")) {
        QName a = qname(old, defaultSchema);
        QName b = now.contains(".") ? qname(now, defaultSchema) : new QName(a.schema(), now);
        if (!a.schema().equals(b.schema())) {
          throw new UsageException(spec + ": a table is renamed within its schema");
        }
        require(find(from, a) != null, spec + ": no table " + a + " in " + fromFlag);
        require(find(to, b) != null, spec + ": no table " + b + " in " + toFlag);
        require(find(from, b) == null, spec + ": " + fromFlag + " has a table " + b + " already");
        tables.put(a, b);
      } else if (kind.equals("column")) {
        int dot = old.lastIndexOf('.');
        if (dot <= 0) {
          throw new UsageException(spec + ": name the column with its table, e.g. column:orders.total=amount");
        }
        QName named = qname(old.substring(0, dot), defaultSchema);
        QName table = named;
        for (Map.Entry<QName, QName> e : tables.entrySet()) {
          if (e.getValue().equals(named)) {
            table = e.getKey(); // named by its new name
          }
        }
        String column = old.substring(dot + 1);
        Table before = find(from, table);
        Table after = find(to, tables.getOrDefault(table, table));
        require(before != null, spec + ": no table " + table + " in " + fromFlag);
        require(before.column(column) != null, spec + ": no column " + table + "." + column + " in " + fromFlag);
        require(after != null && after.column(now) != null,
            spec + ": no column " + tables.getOrDefault(table, table) + "." + now + " in " + toFlag);
        require(before.column(now) == null, spec + ": " + fromFlag + " has a column " + table + "." + now + " already");
        columns.put(new ColumnRef(table, column), now);
      } else {
        throw new UsageException(spec + ": unknown kind '" + kind + "' (table, column)");
      }
    }
    return new Renames(tables, columns);
  }

  /** {@code name} or {@code schema.name}. */
  private static QName qname(String text, String defaultSchema) {
    int dot = text.indexOf('.');
    return dot < 0 ? new QName(defaultSchema, text) : new QName(text.substring(0, dot), text.substring(dot + 1));
  }

  private static Table find(Schema s, QName name) {
    for (Table t : s.tables()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new UsageException(message);
    }
  }

  /** The schema unqualified names are in: the dialect's default if compared, else the first. */
  static String defaultSchema(List<String> schemas, io.schemadiff.dialect.Dialect dialect) {
    String preferred = dialect.connectionScoped() ? "" : dialect.property("namespace.default");
    return schemas.contains(preferred) || schemas.isEmpty() || schemas.contains("*") ? preferred : schemas.get(0);
  }
}
