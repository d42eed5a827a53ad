package io.schemadiff.render;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.model.QName;
import java.util.List;
import java.util.regex.Pattern;

/** Quoting and literals for templates: {@code q()}, {@code qn()}, {@code lit()}, {@code qlist()}. */
public final class SqlHelpers {
  private final Dialect dialect;
  private final String quote;
  private final Pattern plain;
  private final boolean escapeBackslash;

  public SqlHelpers(Dialect dialect) {
    this.dialect = dialect;
    this.quote = dialect.property("identifier.quote");
    this.plain = Pattern.compile(dialect.property("identifier.plain"));
    this.escapeBackslash = Boolean.parseBoolean(dialect.property("literal.escape-backslash"));
  }

  /** An identifier, quoted only when it must be (case, characters, reserved words). */
  public String q(String identifier) {
    if (plain.matcher(identifier).matches() && !dialect.isReserved(identifier)) {
      return identifier;
    }
    return quote + identifier.replace(quote, quote + quote) + quote;
  }

  /** A schema-qualified name, or the bare name in the connection's own database. */
  public String qn(QName name) {
    return name.schema().isEmpty() ? q(name.name()) : q(name.schema()) + "." + q(name.name());
  }

  /** A comma-separated list of quoted identifiers. */
  public String qlist(List<String> identifiers) {
    return String.join(", ", identifiers.stream().map(this::q).toList());
  }

  /** A string literal, or NULL. */
  public String lit(String value) {
    if (value == null) {
      return "NULL";
    }
    String v = value.replace("'", "''");
    if (escapeBackslash) {
      v = v.replace("\\", "\\\\");
    }
    return "'" + v + "'";
  }
}
