package io.schemadiff.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Each format's escape, read back by a real parser of that format, gives the text it was given. */
class EscapeTest {
  private static final Parser MARKDOWN = Parser.builder().build();

  @Provide
  Arbitrary<String> hostile() {
    return Hostile.texts();
  }

  @Property(tries = 400)
  void sqlCommentIsOneLine(@ForAll("hostile") String text) {
    String line = SqlComment.line(text);
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertFalse(line.contains("${"), line);
    for (char c : line.toCharArray()) {
      assertFalse(PlainText.breaksLine(c) && c != '\t', line);
    }
  }

  @Property(tries = 400)
  void markdownCodeSpanReadsBack(@ForAll("hostile") String text) {
    Node doc = MARKDOWN.parse("x " + Markdown.code(text) + " y");
    List<String> codes = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Code code) {
        codes.add(code.getLiteral());
      }
    });
    assertEquals(List.of(PlainText.line(text)), codes);
  }

  @Property(tries = 400)
  void markdownTextReadsBack(@ForAll("hostile") String text) {
    Node doc = MARKDOWN.parse("- w " + Markdown.text(text));
    StringBuilder read = new StringBuilder();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        read.append(t.getLiteral());
      }
    });
    // CommonMark drops spaces at the ends of a paragraph line.
    assertEquals(("w " + PlainText.line(text)).strip(), read.toString().strip());
  }

  @Property(tries = 300)
  void markdownFenceReadsBack(@ForAll("hostile") String text) {
    String body = text.replace("\r", "").replace("\u0085", "").replace("\u2028", "").replace("\u0001", "")
        .replace("\u001b", "").replace("\u007f", "");
    Node doc = MARKDOWN.parse("# DDL\n\n" + Markdown.fence(body, "diff") + "\nafter\n");
    List<String> blocks = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock b) {
        blocks.add(b.getLiteral());
      }
    });
    // commonmark-java drops blank lines at the start of a block; our DDL never starts with one.
    String expected = (body.endsWith("\n") ? body : body + "\n").replaceFirst("^\n+", "");
    assertEquals(List.of(expected), blocks.stream().map(b -> b.replaceFirst("^\n+", "")).toList());
  }

  @Property(tries = 400)
  void xmlReadsBack(@ForAll("hostile") String text) throws Exception {
    String xml = "<r a=\"" + Xml.attribute(text) + "\">" + Xml.text(text) + "</r>";
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
    String representable = xmlRepresentable(text);
    assertEquals(representable, doc.getDocumentElement().getAttribute("a"));
    // XML parsers turn CR LF and lone CR in text into LF; the attribute keeps them as references.
    assertEquals(representable.replace("\r\n", "\n").replace("\r", "\n"),
        doc.getDocumentElement().getTextContent().replace("\r\n", "\n").replace("\r", "\n"));
  }

  @Property(tries = 400)
  void githubCommandReadsBack(@ForAll("hostile") String text) {
    String message = GithubCommand.message(text);
    String property = GithubCommand.property(text);
    assertFalse(message.contains("\n") || message.contains("\r"));
    assertFalse(property.contains(":") || property.contains(","));
    assertEquals(text, decode(message));
    assertEquals(text, decode(property));
  }

  /** What the GitHub runner does to a command's values. */
  private static String decode(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
  }

  /** Characters XML 1.0 cannot hold, as {@link Xml} writes them. */
  private static String xmlRepresentable(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && !Character.isSurrogate(c)
          && c != '\uFFFE' && c != '\uFFFF')
          || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
      if (ok && Character.isHighSurrogate(c)) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append(ok ? String.valueOf(c) : String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }
}
