package io.schemadiff.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.schemadiff.dialect.postgresql.PostgresExpressions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresExpressionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // The server's first deparse of v IN ('card', 'cash') → the form it keeps once re-parsed.
      "((method)::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[]))"
          + "|((method)::text = ANY (ARRAY[('card'::character varying)::text, ('cash'::character varying)::text]))",
      // Already the settled form: unchanged.
      "((method)::text = ANY (ARRAY[('card'::character varying)::text]))|((method)::text = ANY (ARRAY[('card'::character varying)::text]))",
      // Elements that are not cast literals are left alone.
      "(x = ANY ((ARRAY[a, b])::integer[]))|(x = ANY ((ARRAY[a, b])::integer[]))",
      "(price > (0)::numeric)|(price > (0)::numeric)",
  })
  void rewritesArrayCastsIntoElementCasts(String in, String out) {
    assertEquals(out, new PostgresExpressions().normalize(in));
  }
}
