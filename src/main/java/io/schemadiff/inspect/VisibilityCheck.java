package io.schemadiff.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether the account reading a source can see all of it. Where catalogs show only what an
 * account holds privileges on (MySQL), a model read without them lacks objects that exist, and
 * a diff would create or drop them. Named in {@code dialect.properties} as {@code hooks.visibility}.
 */
public interface VisibilityCheck {
  /**
   * What the account cannot see, or empty when it sees everything.
   *
   * @return {@code objects}: what is hidden, e.g. {@code triggers}; {@code message}: why, and the
   *     privilege that would show it
   */
  Optional<Hidden> hidden(Connection connection) throws SQLException;

  record Hidden(String objects, String message) {}
}
