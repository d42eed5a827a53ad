package io.schemadiff.model;

import java.util.List;

/**
 * One privilege one role holds on one object: {@code objectType} is the keyword GRANT names it
 * by ({@code TABLE} for tables, views and materialized views, {@code SEQUENCE}, {@code FUNCTION},
 * {@code PROCEDURE}, {@code SCHEMA}); {@code column} is set for a column privilege and
 * {@code arguments} for a routine. The grantee {@code PUBLIC} is everyone. What an object's owner
 * holds by owning it is not a grant.
 */
public record Grant(String objectType, QName object, String column, String arguments, String privilege,
    String grantee, boolean grantable) implements Definition {
  @Override
  public List<ObjectRef> droppedWith() {
    return uses();
  }

  @Override
  public List<ObjectRef> uses() {
    return List.of(switch (objectType) {
      case "TABLE" -> column == null ? ObjectRef.of("table", object.schema(), object.name())
          : ObjectRef.column(object, column);
      case "SEQUENCE" -> ObjectRef.of("sequence", object.schema(), object.name());
      case "FUNCTION", "PROCEDURE" -> ObjectRef.of(objectType.toLowerCase(java.util.Locale.ROOT), object.schema(),
          object.name() + "(" + arguments + ")");
      default -> ObjectRef.of("schema", object.name(), "");
    });
  }
}
