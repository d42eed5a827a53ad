package io.schemadiff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A materialized view: its query as the server deparses it, whether it holds rows
 * ({@code populated}; {@code WITH NO DATA} leaves it empty until refreshed), its indexes,
 * name to the server's {@code CREATE INDEX} text, and their comments, name to comment. What it reads comes from the dependency
 * catalog. The query cannot be altered: a different one is dropped and created; the indexes and
 * the populated state change in place. The rows are derived, so a drop loses nothing.
 */
public record MaterializedView(@Expression String definition, boolean populated,
    @Expression Map<String, String> indexes, Map<String, String> indexComments) implements Definition {
  public MaterializedView {
    indexes = indexes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(indexes));
    indexComments = indexComments == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(indexComments));
  }

  /** An index's comment to set ({@code comment} null: to remove). */
  public record IndexComment(QName index, String comment) {}

  /**
   * The index comments to set towards {@code to}: those that differ, and those of indexes that
   * {@code to} creates (a created index has none).
   */
  public List<IndexComment> indexCommentsTowards(MaterializedView to, String schema) {
    List<String> created = indexesCreatedTowards(to);
    List<IndexComment> out = new ArrayList<>();
    to.indexes.forEach((name, text) -> {
      String comment = to.indexComments.get(name);
      boolean recreated = created.contains(text);
      if (recreated ? comment != null : !Objects.equals(comment, indexComments.get(name))) {
        out.add(new IndexComment(new QName(schema, name), comment));
      }
    });
    return out;
  }

  @Override
  public Namespace namespace() {
    return Namespace.RELATION;
  }

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof MaterializedView m && Objects.equals(definition, m.definition);
  }

  /** The server binds the query to the columns and relations it reads. */
  @Override
  public boolean bindsWhatItUses() {
    return true;
  }

  /** Indexes of this one that {@code to} has not, or has defined otherwise: to drop (in {@code schema}). */
  public List<QName> indexesDroppedTowards(MaterializedView to, String schema) {
    List<QName> names = new ArrayList<>();
    indexes.forEach((name, text) -> {
      if (!text.equals(to.indexes.get(name))) {
        names.add(new QName(schema, name));
      }
    });
    return names;
  }

  /** The definitions of the indexes {@code to} has that this one has not: to create. */
  public List<String> indexesCreatedTowards(MaterializedView to) {
    List<String> created = new ArrayList<>();
    to.indexes.forEach((name, text) -> {
      if (!text.equals(indexes.get(name))) {
        created.add(text);
      }
    });
    return created;
  }
}
