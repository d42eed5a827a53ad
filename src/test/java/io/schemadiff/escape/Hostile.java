package io.schemadiff.escape;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Texts built to break out of whatever they are written into: quotes of every dialect, comment
 * starters and enders, statement ends, dollar quotes, placeholders, Liquibase directives, markup,
 * control characters, line separators, non-BMP characters.
 */
public final class Hostile {
  static final List<String> FRAGMENTS = List.of("'", "\"", "`", "\n", "\r", "\r\n", "--", "/*", "*/", ";", "$$",
      "${x}", "\\", "\\n", "\t", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\u2028", "é", "名", "\uD83D\uDE00",
      "\n--changeset evil:1\n", "\n--rollback DROP TABLE canary;\n", "'; DROP TABLE canary; --",
      "\n;;\n", "*/ DROP TABLE canary; /*", "<c>", "&amp;", "]]>", "```", "`x`", "**b**", "_i_", "[l](u)", "#",
      "|", "%0A", "::", ",", " ", "  ", "a", "Z", "0");

  private Hostile() {}

  /** One to six fragments or short runs of their characters, joined. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> chars = Arbitraries.strings().withChars("'\"`\n\r-/*;$\\\t\u0001{}<>&%:,#_[]|!= aZé名")
        .ofMinLength(1).ofMaxLength(5);
    return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), chars).list().ofMinSize(1).ofMaxSize(6)
        .map(parts -> String.join("", parts));
  }
}
