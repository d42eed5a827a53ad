package io.schemadiff.dialect.mysql;

import io.schemadiff.dialect.ExpressionNormalizer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * information_schema returns non-ASCII text inside stored expressions (checks, generated
 * columns, expression defaults) encoded twice: the UTF-8 bytes read as Latin-1. Text that decodes
 * cleanly that way is decoded; anything else is left as it is.
 */
public final class MySqlExpressions implements ExpressionNormalizer {
  @Override
  public String normalize(String expression) {
    if (expression.chars().allMatch(c -> c < 0x80) || expression.chars().anyMatch(c -> c > 0xFF)) {
      return expression;
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(expression.getBytes(StandardCharsets.ISO_8859_1))).toString();
    } catch (CharacterCodingException e) {
      return expression;
    }
  }
}
