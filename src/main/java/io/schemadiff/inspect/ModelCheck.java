package io.schemadiff.inspect;

import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A model is used only when it hangs together: a foreign key to a table of a schema that was
 * read must find that table. One that does not was read while the schema changed, or through an
 * account that cannot see every table, and a diff of it would create or drop what exists.
 */
final class ModelCheck {
  private ModelCheck() {}

  static Schema complete(String dialect, Schema schema) {
    Set<QName> tables = new HashSet<>();
    schema.tables().forEach(t -> tables.add(t.name()));
    Set<String> read = new HashSet<>(schema.namespaces());
    for (Table t : schema.tables()) {
      for (ForeignKey fk : t.foreignKeys()) {
        QName target = fk.referencedTable();
        if (read.contains(target.schema()) && !tables.contains(target)) {
          throw new InspectException(dialect + ": inspect: foreign key " + fk.name() + " of " + t.name()
              + " references " + target + ", which was not read: the schema changed during the read, or the "
              + "account cannot see every table; nothing is compared", null);
        }
      }
    }
    return schema;
  }
}
