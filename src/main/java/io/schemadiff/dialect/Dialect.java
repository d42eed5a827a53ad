package io.schemadiff.dialect;

import io.schemadiff.diff.ChangeKind;
import io.schemadiff.diff.DiffRules;
import io.schemadiff.plan.OnlineDdlRules;
import io.schemadiff.plan.PlanRules;
import io.schemadiff.plan.HazardRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A dialect as data: {@code dialects/<name>/dialect.properties}, its catalog SQL and its reserved
 * words. Everything the differ, planner and renderer need to know about a database comes from here.
 *
 * <p>A variant ({@code extends = mysql}) is a folder of what differs: a property, catalog file,
 * reserved-word list or template it does not have is its parent's.
 */
public final class Dialect {
  /** The dialects there are, for messages. */
  public static final List<String> KNOWN = List.of("postgresql", "mysql", "mariadb");
  private final String name;
  /** This dialect's folder first, then its parent's, and so on. */
  private final List<String> lineage;
  private final Properties props;
  private final Set<String> reserved;

  private Dialect(List<String> lineage, Properties props, Set<String> reserved) {
    this.name = lineage.get(0);
    this.lineage = lineage;
    this.props = props;
    this.reserved = reserved;
  }

  public static Dialect load(String name) {
    List<String> lineage = new java.util.ArrayList<>();
    List<Properties> layers = new java.util.ArrayList<>();
    for (String n = name; n != null && !n.isEmpty(); ) {
      if (lineage.contains(n)) {
        throw new IllegalStateException(name + ": dialect.properties: extends loops through " + n);
      }
      Properties layer = new Properties();
      try (Reader r = reader(n, "dialect.properties")) {
        layer.load(r);
      } catch (IOException | NullPointerException e) {
        throw new IllegalArgumentException("unknown dialect '" + n + "' (known: " + String.join(", ", KNOWN) + ")");
      }
      lineage.add(n);
      layers.add(layer);
      n = layer.getProperty("extends", "").strip();
    }
    Properties props = new Properties();
    for (int i = layers.size() - 1; i >= 0; i--) {
      props.putAll(layers.get(i));
    }
    props.remove("extends");
    Set<String> reserved = new LinkedHashSet<>();
    for (String line : resource(lineage, "reserved-words.txt").split("\n")) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        reserved.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new Dialect(List.copyOf(lineage), props, reserved);
  }

  public String name() {
    return name;
  }

  /**
   * The dialect this one descends from, itself if none: it decides the wire protocol, JDBC
   * driver and file loader (MariaDB speaks MySQL's).
   */
  public String family() {
    return lineage.get(lineage.size() - 1);
  }

  /** Folders to look in, this dialect's first (templates/&lt;name&gt;, dialects/&lt;name&gt;). */
  public List<String> lineage() {
    return lineage;
  }

  /** Text of a file in this dialect's folder (or its parent's), e.g. catalog SQL. */
  public String resource(String file) {
    return resource(lineage, file);
  }

  public String property(String key) {
    String v = props.getProperty(key);
    if (v == null) {
      throw new IllegalStateException(name + ": dialect.properties has no '" + key + "'");
    }
    return v.strip();
  }

  /** True when the dialect compares the connection's own database, unqualified (MySQL). */
  public boolean connectionScoped() {
    return "connection".equals(optional("namespace.scope"));
  }

  /** A yes/no capability; absent means no. */
  private boolean flag(String key) {
    return Boolean.parseBoolean(optional(key));
  }

  /** A property that may be absent: "" then. */
  public String optional(String key) {
    return props.getProperty(key, "").strip();
  }

  public List<String> list(String key) {
    String v = props.getProperty(key, "").strip();
    return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\s*,\\s*")).toList();
  }

  public boolean isReserved(String word) {
    return reserved.contains(word.toLowerCase(Locale.ROOT));
  }

  public DiffRules diffRules() {
    return diffRules("");
  }

  /**
   * The differ's rules for a migration that runs on {@code serverVersion} ("" when unknown: the
   * rules that hold on every version). A transition listed as {@code generated-changed before 17}
   * applies only below that major version.
   */
  public DiffRules diffRules(String serverVersion) {
    Map<String, String> aliases = new HashMap<>();
    for (String pair : list("type.aliases")) {
      String[] kv = pair.split("\\s*=\\s*", 2);
      aliases.put(kv[0].toLowerCase(Locale.ROOT), kv[1]);
    }
    Set<String> recreate = new java.util.HashSet<>();
    for (String entry : list("column.recreate-on")) {
      String[] parts = entry.split("\\s+before\\s+", 2);
      if (parts.length == 1 || major(serverVersion) < Integer.parseInt(parts[1].trim())) {
        recreate.add(parts[0].trim());
      }
    }
    return new DiffRules(aliases, recreate,
        flag("column.order-matters"),
        flag("foreign-key.blocks-retype"),
        flag("view.binds-columns"),
        Set.copyOf(list("rename.in-place")),
        Set.copyOf(list("comment.in-place")),
        Set.copyOf(list("index.alter-in-place")));
  }

  /** The dialect's expression hook, named by {@code hooks.expressions}, or the identity. */
  public ExpressionNormalizer expressions() {
    return hook("hooks.expressions", ExpressionNormalizer.class, ExpressionNormalizer.IDENTITY);
  }

  public PlanRules planRules() {
    Set<ChangeKind> clauses = new java.util.HashSet<>();
    list("alter.clauses").forEach(k -> clauses.add(ChangeKind.valueOf(k)));
    return new PlanRules(PlanRules.parsePhases(property("plan.order")),
        flag("index.names-per-table"),
        flag("foreign-key.needs-index"),
        flag("column.order-matters"),
        clauses, hook("hooks.online-ddl", OnlineDdlRules.class, null), optional("identity.sequence-name"));
  }

  /** The major version of a server version string (17.6 → 17); 0 when unknown. */
  public static int major(String serverVersion) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\d+)").matcher(serverVersion == null ? "" : serverVersion);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private <T> T hook(String key, Class<T> type, T fallback) {
    String className = optional(key);
    if (className.isEmpty()) {
      return fallback;
    }
    try {
      return type.cast(Class.forName(className).getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(name + ": " + key + ": cannot load " + className, e);
    }
  }

  /** The dialect's inspection refinement ({@code hooks.inspect}), or null. */
  public io.schemadiff.inspect.InspectHook inspectHook() {
    return hook("hooks.inspect", io.schemadiff.inspect.InspectHook.class, null);
  }

  /** What tells whether the reading account sees everything ({@code hooks.visibility}), or null. */
  public io.schemadiff.inspect.VisibilityCheck visibilityCheck() {
    return hook("hooks.visibility", io.schemadiff.inspect.VisibilityCheck.class, null);
  }

  public HazardRules hazardRules() {
    return new HazardRules(Set.copyOf(list("type.widening")), Set.copyOf(list("charset.widening")),
        Set.copyOf(list("object.replaced-with-gap")));
  }

  private static Reader reader(String dialect, String file) {
    InputStream in = Dialect.class.getResourceAsStream("/dialects/" + dialect + "/" + file);
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String resource(List<String> lineage, String file) {
    for (String dialect : lineage) {
      try (InputStream in = Dialect.class.getResourceAsStream("/dialects/" + dialect + "/" + file)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new IllegalStateException(dialect + ": cannot read dialects/" + dialect + "/" + file, e);
      }
    }
    throw new IllegalStateException(lineage.get(0) + ": missing dialects/" + lineage.get(0) + "/" + file);
  }
}
