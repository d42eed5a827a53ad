package io.schemadiff.escape;

/**
 * XML 1.0 text and attribute values. Markup characters become entities; in attributes, line
 * breaks and tabs become character references so a parser does not normalise them to spaces.
 * Characters XML 1.0 cannot carry at all (most controls, unpaired surrogates) are written as
 * visible escapes, as {@link PlainText#line} would.
 */
public final class Xml {
  private Xml() {}

  public static String text(String value) {
    return escape(value, false);
  }

  public static String attribute(String value) {
    return escape(value, true);
  }

  private static String escape(String value, boolean attribute) {
    StringBuilder sb = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\'' -> sb.append(attribute ? "&apos;" : "'");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            sb.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
