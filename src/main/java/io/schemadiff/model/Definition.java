package io.schemadiff.model;

import java.util.List;
import java.util.Locale;

/**
 * What a schema object is, as plain data: one record per kind of object. Two objects of a kind
 * are the same when their definitions are equal. A kind brings its own catalog query
 * ({@code dialects/<d>/catalog/objects/<kind>.sql}, one column per record component) and its
 * templates ({@code create-<kind>.ftl}, {@code drop-<kind>.ftl}, {@code comment-<kind>.ftl}, and
 * {@code alter-<kind>.ftl} when {@link #alterableTo} can say yes).
 */
public sealed interface Definition permits Sequence, Grant, Collation, Extension, Domain, CompositeType,
    RangeType, ExclusionConstraint, MaterializedView, Policy, Routine, Aggregate, Trigger, TextSearchParser,
    TextSearchTemplate, TextSearchDictionary, TextSearchConfiguration, Event {
  /** The kind's noun, from the record's name: {@code MaterializedView} → {@code materialized view}. */
  default String kind() {
    return noun(getClass());
  }

  /** Every kind's record, through sealed sub-interfaces that share one kind's rules (routines). */
  static List<Class<?>> kinds() {
    List<Class<?>> out = new java.util.ArrayList<>();
    java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(Definition.class));
    while (!todo.isEmpty()) {
      for (Class<?> k : todo.pop().getPermittedSubclasses()) {
        if (k.isInterface()) {
          todo.push(k);
        } else {
          out.add(k);
        }
      }
    }
    return out;
  }

  static String noun(Class<?> kind) {
    return kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** Where the kind's names live, which decides what a drop frees and a create claims. */
  default Namespace namespace() {
    return Namespace.OWN;
  }

  /** Whether dropping the object loses data that cannot be derived again. */
  default boolean holdsData() {
    return false;
  }

  /** Whether {@code other}, of the same kind and name, is reached by altering this in place. */
  default boolean alterableTo(Definition other) {
    return false;
  }

  /**
   * Whether altering this to {@code other} can fail on the state the object holds (a sequence
   * whose current value falls outside its new bounds).
   */
  default boolean alterMayFail(Definition other) {
    return false;
  }

  /**
   * Why altering this into {@code other} cannot be written, or {@code null} when it can: the plan
   * is refused rather than written to fail (an extension has no way back to an older version).
   */
  default String cannotAlterTo(Definition other) {
    return null;
  }

  /**
   * The definition without what must wait for the objects that need it (a sequence's
   * {@code OWNED BY}: the column needs the sequence first). Created this way, then altered.
   */
  default Definition detached() {
    return this;
  }

  /**
   * What the object goes away with, without a statement of its own: a sequence with the column
   * that owns it, a grant with what it is on. Dropped with one of these, it is not dropped itself;
   * when one is re-created, the object is created again.
   */
  default List<ObjectRef> droppedWith() {
    return List.of();
  }

  /**
   * Whether the server holds the object to what it uses (a materialized view to the columns and
   * relations its query reads): when one of those is dropped, re-created or retyped, the object
   * is dropped before and created again after.
   */
  default boolean bindsWhatItUses() {
    return false;
  }

  /** The same definition without the account it runs as ({@code --ignore-definers}); most kinds have none. */
  default Definition withoutDefiner() {
    return this;
  }

  /** What the definition names itself: tables, columns, functions, other objects. */
  default List<ObjectRef> uses() {
    return List.of();
  }

  enum Namespace {
    /** Shares names with tables, views and indexes (sequences, materialized views). */
    RELATION,
    /** A type: columns, domains and casts may be of it. */
    TYPE,
    /** Names of its own kind. */
    OWN
  }
}
