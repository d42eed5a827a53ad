package io.schemadiff.render;

import io.schemadiff.diff.Names;
import io.schemadiff.dialect.Dialect;
import io.schemadiff.escape.PlainText;
import io.schemadiff.model.QName;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place SQL identifiers and literals are written: {@code q()}, {@code qn()}, {@code lit()},
 * {@code qlist()} for templates, and names in step comments. No line break of a name or value
 * reaches the script raw where the dialect has an escape for it (PostgreSQL {@code U&"…"} and
 * {@code E'…'}, MySQL backslash escapes), so line-based readers (Liquibase, {@code psql}) see the
 * script's own lines only.
 */
public final class SqlHelpers implements Names {
  /** Separates statements in a template's output; no identifier or literal can contain it. */
  public static final String STATEMENT_BREAK = "\u0000";

  private final Dialect dialect;
  private final String quote;
  private final Pattern plain;
  private final boolean backslashEscapes;
  private final boolean unicodeEscapes;

  public SqlHelpers(Dialect dialect) {
    this.dialect = dialect;
    this.quote = dialect.property("identifier.quote");
    this.plain = Pattern.compile(dialect.property("identifier.plain"));
    this.backslashEscapes = Boolean.parseBoolean(dialect.property("literal.escape-backslash"));
    this.unicodeEscapes = Boolean.parseBoolean(dialect.optional("text.unicode-escapes"));
  }

  /** For templates: the line between two statements of one template. */
  public String getStatementBreak() {
    return STATEMENT_BREAK;
  }

  /** An identifier, quoted only when it must be (case, characters, reserved words). */
  public String q(String identifier) {
    if (plain.matcher(identifier).matches() && !dialect.isReserved(identifier)) {
      return identifier;
    }
    if (unicodeEscapes && hasLineBreaking(identifier)) {
      return "U&" + quote + unicode(identifier, quote) + quote;
    }
    return quote + identifier.replace(quote, quote + quote) + quote;
  }

  @Override
  public String name(String identifier) {
    return q(identifier);
  }

  @Override
  public String value(String v) {
    return lit(v);
  }

  /** A schema-qualified name, or the bare name in the connection's own database. */
  public String qn(QName name) {
    return name.schema().isEmpty() ? q(name.name()) : q(name.schema()) + "." + q(name.name());
  }

  /** The tables of a partition-of or inherits attribute, qualified (see {@link io.schemadiff.model.Table#tables}). */
  public List<String> tables(String encoded) {
    return io.schemadiff.model.Table.tables(encoded).stream().map(this::qn).toList();
  }

  /** The items of a list attribute (joined by U+001F), e.g. a table's partition definitions. */
  public List<String> items(String encoded) {
    return encoded == null || encoded.isEmpty() ? List.of()
        : List.of(encoded.split(io.schemadiff.model.Column.LIST_SEPARATOR));
  }

  /** The steps that turn a table's RANGE or LIST partitions into the target's. */
  public io.schemadiff.diff.PartitionEdit partitionEdit(io.schemadiff.diff.Change.AlterPartitioning c) {
    return io.schemadiff.diff.PartitionEdit.of(c.partitions(false), c.partitions(true));
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
    if (backslashEscapes) {
      StringBuilder sb = new StringBuilder("'");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> sb.append("\\\\");
          case '\'' -> sb.append("''");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\u0000' -> sb.append("\\0");
          case '\u001a' -> sb.append("\\Z");
          default -> sb.append(c);
        }
      }
      return sb.append('\'').toString();
    }
    if (unicodeEscapes && hasLineBreaking(value)) {
      // An escape string: the only literal form in which PostgreSQL reads a line break from an escape.
      StringBuilder sb = new StringBuilder("E'");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> sb.append("\\\\");
          case '\'' -> sb.append("''");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> sb.append(PlainText.breaksLine(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
      return sb.append('\'').toString();
    }
    return "'" + value.replace("'", "''") + "'";
  }

  private static boolean hasLineBreaking(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (PlainText.breaksLine(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The body of a PostgreSQL {@code U&"…"} identifier: backslash escapes for line breaks. */
  private static String unicode(String s, String quote) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        sb.append("\\\\");
      } else if (String.valueOf(c).equals(quote)) {
        sb.append(quote).append(quote);
      } else if (PlainText.breaksLine(c)) {
        sb.append(String.format("\\%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
