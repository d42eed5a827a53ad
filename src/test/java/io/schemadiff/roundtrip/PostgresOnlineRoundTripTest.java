package io.schemadiff.roundtrip;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL round trip with {@code --online}, over the cases with index, foreign key and
 * check changes: CONCURRENTLY and NOT VALID + VALIDATE must reach the same state. Goldens are
 * {@code expected-online.sql}.
 */
class PostgresOnlineRoundTripTest extends PostgresRoundTripTest {
  @Override
  List<String> variantFlags() {
    return List.of("--online");
  }

  @Override
  String goldenName() {
    return "expected-online.sql";
  }

  @Override
  boolean includes(String caseName) {
    return caseName.matches("index-.*|foreign-key-.*|check-constraint-.*|app-release|everything")
        && super.includes(caseName);
  }

  @Override
  int minimumCases() {
    return 15;
  }

  @Test
  void mysqlHasNoOnlineOption() {
    Cli r = Cli.run("diff", "--from", "fixtures/mysql/index-added/from.sql", "--to", "fixtures/mysql/index-added/to.sql",
        "--dialect", "mysql", "--online");
    BadInputTest.assertOneLine(r, 2, "--online", "mysql");
  }
}
