package io.schemadiff.diff;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a dialect tells the differ, as data: type spellings that mean the same thing, column
 * transitions the dialect cannot make in place (the column is then dropped and added again),
 * whether column order is part of a table, and whether foreign keys must be rebuilt around a
 * change to the type of a column they use.
 *
 * @param typeAliases lower-case type spelling → canonical spelling, e.g. {@code int4 → integer}
 * @param recreateColumnOn transitions that force a drop and add: {@code generated-added},
 *     {@code generated-removed}, {@code generated-changed}
 * @param columnOrderMatters columns out of place are moved (MySQL {@code AFTER}/{@code FIRST})
 * @param foreignKeysBlockRetype a column used by a foreign key, on either side, cannot change
 *     type or collation while the key exists
 * @param renamesInPlace kinds of table objects the dialect can rename, so that one that only
 *     changes its name is renamed rather than dropped and added: {@code primary-key},
 *     {@code unique}, {@code check}, {@code foreign-key}, {@code index}
 * @param viewsBindColumns a view holds on to the columns it reads and to the views it reads: they
 *     cannot be dropped or retyped under it, so an unchanged view is dropped and created again
 *     around such a change (PostgreSQL)
 * @param commentsInPlace kinds of table objects (same names as {@code renamesInPlace}) whose
 *     {@code comment} attribute (and {@code index-comment}, of the index behind a key) is set
 *     in place when it is all that changes; other dialects drop and create them
 * @param indexAttributesInPlace index attributes that {@code ALTER INDEX} changes without
 *     rebuilding the index (MySQL {@code invisible})
 */
public record DiffRules(Map<String, String> typeAliases, Set<String> recreateColumnOn,
    boolean columnOrderMatters, boolean foreignKeysBlockRetype, boolean viewsBindColumns,
    Set<String> renamesInPlace, Set<String> commentsInPlace, Set<String> indexAttributesInPlace) {
  public DiffRules {
    typeAliases = Map.copyOf(typeAliases);
    recreateColumnOn = Set.copyOf(recreateColumnOn);
    renamesInPlace = Set.copyOf(renamesInPlace);
    commentsInPlace = commentsInPlace == null ? Set.of() : Set.copyOf(commentsInPlace);
    indexAttributesInPlace = indexAttributesInPlace == null ? Set.of() : Set.copyOf(indexAttributesInPlace);
  }

  public DiffRules(Map<String, String> typeAliases, Set<String> recreateColumnOn, boolean columnOrderMatters,
      boolean foreignKeysBlockRetype, boolean viewsBindColumns, Set<String> renamesInPlace) {
    this(typeAliases, recreateColumnOn, columnOrderMatters, foreignKeysBlockRetype, viewsBindColumns,
        renamesInPlace, Set.of(), Set.of());
  }

  public static DiffRules none() {
    return new DiffRules(Map.of(), Set.of(), false, false, false, Set.of(), Set.of(), Set.of());
  }

  public String canonicalType(String type) {
    if (type == null) {
      return null;
    }
    String alias = typeAliases.get(type.toLowerCase(Locale.ROOT));
    return alias == null ? type : alias;
  }
}
