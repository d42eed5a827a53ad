package io.schemadiff.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadiff.dialect.ExpressionNormalizer;
import io.schemadiff.model.Check;
import io.schemadiff.model.Column;
import io.schemadiff.model.ColumnRef;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.Index;
import io.schemadiff.model.IndexKey;
import io.schemadiff.model.PrimaryKey;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import io.schemadiff.model.Unique;
import io.schemadiff.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

/**
 * SchemaCrawler's catalog → our model. Details SchemaCrawler does not model arrive as extra
 * columns of the catalog SQL, named {@code SD_*}, and are read here as attributes.
 */
final class CatalogMapper {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String dialect;
  private final String version;
  private final ExpressionNormalizer expressions;
  private final java.util.function.UnaryOperator<String> logical;
  private final String quote;
  private final Map<QName, List<ForeignKey>> foreignKeys;

  /**
   * @param logical maps a namespace as the server names it to the name in the model (MySQL: the
   *     connection's database becomes {@code ""})
   * @param quote the dialect's identifier quote, used to find the columns an expression reads
   *     where the catalog does not say
   */
  CatalogMapper(String dialect, String version, ExpressionNormalizer expressions,
      java.util.function.UnaryOperator<String> logical, String quote, Map<QName, List<ForeignKey>> foreignKeys) {
    this.foreignKeys = foreignKeys;
    this.dialect = dialect;
    this.version = version;
    this.expressions = expressions;
    this.logical = logical;
    this.quote = quote;
  }

  private QName qname(schemacrawler.schema.Table t) {
    return new QName(logical.apply(t.getSchema().getName()), t.getName());
  }

  private String expr(String text) {
    return text == null ? null : expressions.normalize(text);
  }

  /**
   * The model of a crawled catalog. {@code present} are the namespaces that exist, read by our
   * own query: SchemaCrawler leaves out a schema without tables (one of functions only).
   */
  Schema map(Catalog catalog, List<String> existing) {
    TreeSet<String> present = new TreeSet<>(existing);
    List<Table> tables = new ArrayList<>();
    List<View> views = new ArrayList<>();
    for (schemacrawler.schema.Table t : catalog.getTables()) {
      if (present.contains(t.getSchema().getName())) {
        if (t.getAttribute("SD_VIEW_DEFINITION") != null) {
          views.add(view(t));
        } else {
          tables.add(table(t));
        }
      }
    }
    tables.sort(Comparator.comparing(Table::name));
    views.sort(Comparator.comparing(View::name));
    return new Schema(dialect, version, present.stream().map(logical).sorted().toList(), tables, views);
  }

  private View view(schemacrawler.schema.Table t) {
    List<QName> reads = new ArrayList<>();
    for (JsonNode pair : json(t.getAttribute("SD_VIEW_READS"))) {
      reads.add(new QName(logical.apply(pair.get(0).asText()), pair.get(1).asText()));
    }
    reads.sort(Comparator.naturalOrder());
    List<ColumnRef> columns = new ArrayList<>();
    for (JsonNode ref : json(t.getAttribute("SD_VIEW_COLUMN_READS"))) {
      columns.add(new ColumnRef(new QName(logical.apply(ref.get(0).asText()), ref.get(1).asText()),
          ref.get(2).asText()));
    }
    columns.sort(Comparator.naturalOrder());
    return new View(qname(t), expr(text(t.getAttribute("SD_VIEW_DEFINITION"))), reads.stream().distinct().toList(),
        columns.stream().distinct().toList(), extras(t.getAttributes()));
  }

  /**
   * Dialect extras: every {@code SD_X_*} column of the catalog SQL with a value becomes an
   * attribute named in lower case with dashes ({@code SD_X_ROW_FORMAT} → {@code row-format}).
   */
  private static Map<String, String> extras(Map<String, Object> attributes) {
    Map<String, String> out = new HashMap<>();
    attributes.forEach((k, v) -> {
      String key = k.toUpperCase(java.util.Locale.ROOT);
      if (key.startsWith("SD_X_") && text(v) != null) {
        out.put(key.substring(5).toLowerCase(java.util.Locale.ROOT).replace('_', '-'), text(v));
      }
    });
    return out;
  }

  /** Columns of {@code table} an expression names in quotes, for catalogs that do not say. */
  private List<String> readsOf(String expression, List<String> columns) {
    if (expression == null) {
      return List.of();
    }
    return columns.stream()
        .filter(c -> expression.contains(quote + c.replace(quote, quote + quote) + quote))
        .sorted().toList();
  }

  private Table table(schemacrawler.schema.Table t) {
    QName name = qname(t);
    List<Column> columns = t.getColumns().stream()
        .sorted(Comparator.comparingInt(schemacrawler.schema.Column::getOrdinalPosition))
        .map(this::column).toList();
    List<String> columnNames = columns.stream().map(Column::name).toList();
    columns = columns.stream().map(c -> withGeneratedReads(c, columnNames)).toList();
    PrimaryKey pk = null;
    if (t.getPrimaryKey() != null) {
      Map<String, String> attrs = new HashMap<>();
      putIf(attrs, "deferrable", text(t.getPrimaryKey().getAttribute("SD_DEFERRABLE")));
      putIf(attrs, "comment", text(t.getAttribute("SD_PK_COMMENT")));
      putIf(attrs, "index-comment", text(t.getAttribute("SD_PK_INDEX_COMMENT")));
      pk = new PrimaryKey(t.getPrimaryKey().getName(), constrained(t.getPrimaryKey().getConstrainedColumns()), attrs);
    }
    List<Unique> uniques = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    for (TableConstraint tc : t.getTableConstraints()) {
      if (tc.getType() == TableConstraintType.unique) {
        Map<String, String> attrs = new HashMap<>();
        if ("true".equals(text(tc.getAttribute("SD_NULLS_NOT_DISTINCT")))) {
          attrs.put("nulls-not-distinct", "true");
        }
        if (tc.isDeferrable()) {
          attrs.put("deferrable", tc.isInitiallyDeferred() ? "deferred" : "immediate");
        }
        putIf(attrs, "comment", text(tc.getAttribute("SD_X_COMMENT")));
        putIf(attrs, "index-comment", text(tc.getAttribute("SD_INDEX_COMMENT")));
        uniques.add(new Unique(tc.getName(), constrained(tc.getConstrainedColumns()), attrs));
      } else if (tc.getType() == TableConstraintType.check) {
        Map<String, String> attrs = new HashMap<>();
        putIf(attrs, "no-inherit", text(tc.getAttribute("SD_NO_INHERIT")));
        putIf(attrs, "not-valid", text(tc.getAttribute("SD_NOT_VALID")));
        attrs.putAll(extras(tc.getAttributes()));
        String expression = expr(text(tc.getAttribute("SD_CHECK")));
        List<String> reads = constrained(tc.getConstrainedColumns()).stream().sorted().toList();
        checks.add(new Check(tc.getName(), expression,
            reads.isEmpty() ? readsOf(expression, columnNames) : reads, attrs));
      }
    }
    List<ForeignKey> fks = foreignKeys.getOrDefault(name, List.of());
    List<Index> indexes = new ArrayList<>();
    for (schemacrawler.schema.Index i : t.getIndexes()) {
      if (i.getAttribute("SD_METHOD") != null) {
        indexes.add(index(i, columnNames));
      }
    }
    return new Table(name, columns, pk, sorted(uniques, Unique::name), sorted(fks, ForeignKey::name),
        sorted(checks, Check::name), sorted(indexes, Index::name), text(t.getAttribute("SD_COMMENT")),
        extras(t.getAttributes()));
  }

  private Column withGeneratedReads(Column c, List<String> columnNames) {
    if (c.generated() == null || c.attributes().containsKey(Column.GENERATED_READS)) {
      return c;
    }
    List<String> reads = readsOf(c.generated(), columnNames).stream().filter(n -> !n.equals(c.name())).toList();
    if (reads.isEmpty()) {
      return c;
    }
    Map<String, String> attrs = new HashMap<>(c.attributes());
    attrs.put(Column.GENERATED_READS, String.join(Column.LIST_SEPARATOR, reads));
    return c.withAttributes(attrs);
  }

  private Column column(schemacrawler.schema.Column c) {
    String identity = text(c.getAttribute("SD_IDENTITY"));
    Map<String, String> attrs = extras(c.getAttributes());
    List<String> reads = new ArrayList<>();
    json(c.getAttribute("SD_GENERATED_READS")).forEach(n -> reads.add(n.asText()));
    if (!reads.isEmpty()) {
      attrs.put(Column.GENERATED_READS, String.join(Column.LIST_SEPARATOR, reads.stream().sorted().toList()));
    }
    JsonNode typeRef = json(c.getAttribute("SD_TYPE_REF"));
    if (typeRef.size() == 2) {
      attrs.put(Column.TYPE_REF, logical.apply(typeRef.get(0).asText()) + Column.LIST_SEPARATOR + typeRef.get(1).asText());
    }
    return new Column(
        c.getName(),
        text(c.getAttribute("SD_TYPE")),
        !c.isNullable(),
        expr(blankToNull(c.getDefaultValue())),
        identity == null ? Column.Identity.NONE : Column.Identity.valueOf(identity),
        expr(text(c.getAttribute("SD_GENERATED"))),
        text(c.getAttribute("SD_COLLATION")),
        text(c.getAttribute("SD_COMMENT")),
        attrs);
  }

  private Index index(schemacrawler.schema.Index i, List<String> columnNames) {
    List<IndexKey> keys = new ArrayList<>();
    List<JsonNode> parts = new ArrayList<>();
    json(i.getAttribute("SD_KEYS")).forEach(parts::add);
    parts.sort(Comparator.comparingInt(k -> k.path("seq").asInt(0)));
    for (JsonNode k : parts) {
      boolean orderable = k.path("orderable").asBoolean(true);
      boolean desc = orderable && k.path("descending").asBoolean();
      boolean nullsFirst = k.path("nullsFirst").asBoolean();
      // Only an order that differs from the direction's default is written out.
      Boolean nulls = !orderable || nullsFirst == desc ? null : nullsFirst;
      keys.add(new IndexKey(textOrNull(k, "column"), expr(textOrNull(k, "expression")),
          textOrNull(k, "opclass"), textOrNull(k, "collation"), desc, nulls,
          k.hasNonNull("prefixLength") ? k.get("prefixLength").asInt() : null));
    }
    List<String> include = new ArrayList<>();
    json(i.getAttribute("SD_INCLUDE")).forEach(n -> include.add(n.asText()));
    List<String> reads = new ArrayList<>();
    json(i.getAttribute("SD_READS")).forEach(n -> reads.add(n.asText()));
    if (i.getAttribute("SD_READS") == null) {
      java.util.Set<String> found = new TreeSet<>();
      for (IndexKey k : keys) {
        if (k.column() != null) {
          found.add(k.column());
        } else {
          found.addAll(readsOf(k.expression(), columnNames));
        }
      }
      reads.addAll(found);
    }
    Map<String, String> attrs = extras(i.getAttributes());
    if ("true".equals(text(i.getAttribute("SD_NULLS_NOT_DISTINCT")))) {
      attrs.put("nulls-not-distinct", "true");
    }
    putIf(attrs, "with", text(i.getAttribute("SD_WITH")));
    return new Index(i.getName(), i.isUnique(), text(i.getAttribute("SD_METHOD")), keys, include,
        expr(blankToNull(i.getFilterCondition())), reads.stream().sorted().toList(), attrs);
  }

  private static List<String> constrained(List<TableConstraintColumn> columns) {
    return columns.stream()
        .sorted(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition))
        .map(TableConstraintColumn::getName).toList();
  }

  private static JsonNode json(Object value) {
    String s = text(value);
    if (s == null) {
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("catalog SQL returned malformed JSON: " + s, e);
    }
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String text(Object value) {
    return value == null ? null : blankToNull(String.valueOf(value));
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static void putIf(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
    return items.stream().sorted(Comparator.comparing(key)).toList();
  }
}
