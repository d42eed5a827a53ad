package io.schemadiff.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.schemadiff.model.Definition;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.SchemaObject;
import io.schemadiff.model.NotCompared;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import io.schemadiff.model.View;
import io.schemadiff.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * schemadiff's own snapshot format: the model as pretty-printed JSON, a format version first,
 * objects in name order, nothing that changes between two reads of the same database. A snapshot
 * is a source like a database, so a committed file can stand for a schema in reviews and CI.
 */
public final class Snapshots {
  public static final String FORMAT = "schemadiff-snapshot";
  // 2: modelled objects (sequences…) beside tables; serial columns only with default options.
  // 3: PostgreSQL expressions read with only pg_catalog on the search path, so names are qualified.
  public static final int VERSION = 3;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .addMixIn(Definition.class, DefinitionKind.class);

  static {
    // Each kind of definition is written with its noun, e.g. "kind": "sequence".
    for (Class<?> kind : Definition.kinds()) {
      JSON.registerSubtypes(new NamedType(kind, Definition.noun(kind)));
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  private interface DefinitionKind {}

  /** The file as written: header fields, then the model. */
  record File(String format, int version, String dialect, String serverVersion, List<String> namespaces,
      List<EnumType> enums, List<SchemaObject> objects, List<Table> tables, List<View> views,
      List<NotCompared> notCompared, java.util.Map<String, String> namespaceComments) {}

  private Snapshots() {}

  public static boolean isSnapshot(String argument) {
    return argument.endsWith(".json");
  }

  public static void write(Schema schema, OutputStream out) throws IOException {
    // Lists a dialect never fills are left out rather than written empty.
    File file = new File(FORMAT, VERSION, schema.dialect(), schema.serverVersion(), schema.namespaces(),
        emptyToNull(schema.enums()), emptyToNull(schema.objects()), schema.tables(), schema.views(), emptyToNull(schema.notCompared()),
        schema.namespaceComments().isEmpty() ? null : schema.namespaceComments());
    JSON.writer().writeValue(new java.io.FilterOutputStream(out) {
      @Override
      public void close() throws IOException {
        flush(); // the caller owns the stream
      }
    }, file);
    out.write('\n');
  }

  public static Schema read(String flag, Path path) {
    JsonNode root = header(flag, path);
    Schema schema;
    try {
      File file = JSON.convertValue(root, File.class);
      schema = new Schema(file.dialect(), file.serverVersion(), nonNull(file.namespaces()), nonNull(file.tables()),
          nonNull(file.views()), nonNull(file.enums()), nonNull(file.objects()), nonNull(file.notCompared()),
          file.namespaceComments());
    } catch (RuntimeException e) { // JSON of another shape: a field of the wrong type, a name missing
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": " + path
          + " is not a valid schemadiff snapshot: " + shape(e), e);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    schema.tables().forEach(t -> once(seen, "table " + t.name(), flag, path));
    schema.views().forEach(v -> once(seen, "view " + v.name(), flag, path));
    return schema;
  }

  /** A hand-edited or merged snapshot listing one table twice is refused, not merged. */
  private static void once(java.util.Set<String> seen, String what, String flag, Path path) {
    if (!seen.add(what)) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": " + path + " lists " + what + " twice");
    }
  }

  /** Where the JSON does not fit, in one line: Jackson's path to the field, or the first line. */
  private static String shape(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
        StringBuilder where = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : m.getPath()) {
          if (ref.getFieldName() != null) {
            where.append(where.length() > 0 ? "." : "").append(ref.getFieldName());
          } else {
            where.append('[').append(ref.getIndex()).append(']');
          }
        }
        return "unexpected value at " + where;
      }
    }
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The dialect a snapshot was taken of, read without loading the rest. */
  public static String dialect(String flag, Path path) {
    try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(path.toFile())) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return header(flag, path).path("dialect").asText(); // reports what is wrong
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("dialect")) {
          return p.getValueAsString();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // fall through: the full read reports it
    }
    return header(flag, path).path("dialect").asText();
  }

  private static JsonNode header(String flag, Path path) {
    if (!Files.isRegularFile(path)) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": no such snapshot file: " + path);
    }
    JsonNode root;
    try (InputStream in = Files.newInputStream(path)) {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new SourceException(SourceException.Kind.BAD_INPUT,
          flag + ": " + path + " is not a schemadiff snapshot (invalid JSON"
              + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ")", e);
    } catch (IOException e) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": cannot read " + path + ": " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new SourceException(SourceException.Kind.BAD_INPUT,
          flag + ": " + path + " is not a schemadiff snapshot (no \"format\": \"" + FORMAT + "\")");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new SourceException(SourceException.Kind.BAD_INPUT, flag + ": " + path + " is snapshot format version "
          + root.path("version").asText("?") + "; this schemadiff reads version " + VERSION
          + " (take the snapshot again with this version)");
    }
    return root;
  }

  private static <T> List<T> emptyToNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
