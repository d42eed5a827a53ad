package io.schemadiff.dialect;

/**
 * A dialect hook: rewrites a server-deparsed expression into the form the server itself settles
 * on when that text is parsed again, so equal expressions compare equal and migrations converge.
 */
public interface ExpressionNormalizer {
  String normalize(String expression);

  ExpressionNormalizer IDENTITY = e -> e;
}
