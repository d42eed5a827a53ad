package io.schemadiff.inspect;

import io.schemadiff.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A dialect's last word on an inspected schema, for facts no bulk catalog query exposes. Named in
 * {@code dialect.properties} as {@code hooks.inspect}.
 */
public interface InspectHook {
  Schema refine(Connection connection, Schema schema) throws SQLException;
}
