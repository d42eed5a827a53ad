package io.schemadiff.inspect;

import io.schemadiff.model.Schema;
import java.sql.Connection;
import java.util.List;

/** Reads the named namespaces of a live database into the model. */
public interface Inspector {
  Schema inspect(Connection connection, List<String> namespaces);
}
