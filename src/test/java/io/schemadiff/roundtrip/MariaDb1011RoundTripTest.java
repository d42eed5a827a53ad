package io.schemadiff.roundtrip;

/**
 * {@link MariaDbRoundTripTest} on MariaDB 10.11, the older series schemadiff supports: the cases
 * where the two series could differ (defaults, checks, collations, JSON, stored programs, views)
 * and the whole-schema ones, not every case again (CI time).
 */
class MariaDb1011RoundTripTest extends MariaDbRoundTripTest {
  @Override
  String series() {
    return "10.11";
  }

  @Override
  boolean includes(String caseName) {
    return caseName.matches("check-.*|column-(check|default|collation|charset|invisible).*|json-.*|text-default.*"
        + "|int-display.*|index-(ignored|descending|fulltext-added)|trigger-.*|routines-.*|function-.*|event.*"
        + "|stored-program.*|view-.*|table-(collation|charset).*|definers-kept|every-change-kind|empty-to-full"
        + "|full-to-empty|client-file-dump-style");
  }

  @Override
  int minimumCases() {
    return 40;
  }
}
