package io.schemadiff.model;

import java.util.List;

/**
 * One inspected state: the namespaces (PostgreSQL schemas, MySQL databases) that were asked for and
 * everything in them; {@code objects} are the modelled kinds beside tables, views and enums. A namespace named {@code ""} is the connection's own database, whose objects
 * are written without qualification (MySQL). {@code notCompared} names the objects present that
 * schemadiff does not model, sorted, so that every output can
 * say what it passed over. {@code namespaceComments} are the namespaces' comments, by name.
 */
public record Schema(String dialect, String serverVersion, List<String> namespaces, List<Table> tables,
    List<View> views, List<EnumType> enums, List<SchemaObject> objects, List<NotCompared> notCompared,
    java.util.Map<String, String> namespaceComments) {
  public Schema {
    namespaceComments = Attributes.of(namespaceComments);
    namespaces = List.copyOf(namespaces);
    tables = List.copyOf(tables);
    views = List.copyOf(views);
    enums = enums == null ? List.of() : List.copyOf(enums);
    objects = objects == null ? List.of() : objects.stream().sorted().toList();
    notCompared = notCompared == null ? List.of() : List.copyOf(notCompared);
  }

  public Schema(String dialect, String serverVersion, List<String> namespaces, List<Table> tables,
      List<View> views, List<EnumType> enums, List<SchemaObject> objects, List<NotCompared> notCompared) {
    this(dialect, serverVersion, namespaces, tables, views, enums, objects, notCompared, java.util.Map.of());
  }

  public Schema(String dialect, String serverVersion, List<String> namespaces, List<Table> tables,
      List<View> views) {
    this(dialect, serverVersion, namespaces, tables, views, List.of(), List.of(), List.of());
  }

  public Schema(String dialect, String serverVersion, List<String> namespaces, List<Table> tables) {
    this(dialect, serverVersion, namespaces, tables, List.of(), List.of(), List.of(), List.of());
  }

  public static Schema empty(String dialect, List<String> namespaces) {
    return new Schema(dialect, "", namespaces, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The same state with only the objects whose name passes {@code keep}, and the namespaces that
   * pass {@code keepNamespace}.
   */
  public Schema only(java.util.function.Predicate<String> keepNamespace, java.util.function.Predicate<QName> keep) {
    return new Schema(dialect, serverVersion, namespaces.stream().filter(keepNamespace).toList(),
        tables.stream().filter(t -> keep.test(t.name())).toList(),
        views.stream().filter(v -> keep.test(v.name())).toList(),
        enums.stream().filter(e -> keep.test(e.name())).toList(),
        objects.stream().filter(o -> keep.test(o.ref().table().isEmpty() ? o.ref().qname()
            : new QName(o.ref().schema(), o.ref().table()))).toList(), // an object of a table goes with it
        notCompared.stream().filter(o -> keep.test(o.name())).toList(),
        namespaceComments.entrySet().stream().filter(e -> keepNamespace.test(e.getKey()))
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
  }

  /** The same state with what was not compared noted. */
  public Schema withNotCompared(List<NotCompared> objects) {
    return new Schema(dialect, serverVersion, namespaces, tables, views, enums, this.objects, objects, namespaceComments);
  }

  /** The same state with its enumerated types. */
  public Schema withEnums(List<EnumType> types) {
    return new Schema(dialect, serverVersion, namespaces, tables, views, types, objects, notCompared, namespaceComments);
  }

  /** The same state with its modelled objects (sequences, functions…). */
  /** The schema as if every object ran as the reading account: no DEFINER compared or written. */
  public Schema withoutDefiners() {
    List<View> plain = views.stream().map(v -> new View(v.name(), v.definition(), v.reads(), v.readsColumns(),
        Attributes.without(v.attributes(), Attributes.DEFINER))).toList();
    List<SchemaObject> own = objects.stream().map(o -> o.withDefinition(o.definition().withoutDefiner())).toList();
    return new Schema(dialect, serverVersion, namespaces, tables, plain, enums, own, notCompared, namespaceComments);
  }

  public Schema withObjects(List<SchemaObject> modelled) {
    return new Schema(dialect, serverVersion, namespaces, tables, views, enums, modelled, notCompared, namespaceComments);
  }

  /** The same state with its namespaces' comments. */
  public Schema withNamespaceComments(java.util.Map<String, String> comments) {
    return new Schema(dialect, serverVersion, namespaces, tables, views, enums, objects, notCompared, comments);
  }
}
