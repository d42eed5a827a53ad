package io.schemadiff.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HazardRulesTest {
  private final HazardRules rules = new HazardRules(Set.of("integer->bigint", "character varying->text", "smallint->int"),
      Set.of("latin1->utf8mb4"));

  @ParameterizedTest(name = "{0} -> {1}: widens={2}")
  @CsvSource(delimiter = '|', value = {
      "character varying(40) | character varying(80) | true",
      "character varying(80) | character varying(40) | false",
      "numeric(10,2)         | numeric(12,2)         | true",
      "numeric(10,2)         | numeric(12,4)         | true",
      "numeric(10,2)         | numeric(10,4)         | false",
      "integer               | bigint                | true",
      "bigint                | integer               | false",
      "text                  | integer               | false",
      "character varying(9)[] | character varying(20)[] | true",
      "character varying(40)  | text                  | true",
      "character varying      | text                  | true",
      "text                   | character varying(40) | false",
      // An integer's display width (MariaDB) is not its range.
      "smallint(6)            | int(11)               | true",
      "int(5) unsigned zerofill | int(8) unsigned zerofill | true",
      "int(11)                | smallint(6)           | false",
      "int(11)                | int(10) unsigned      | false",
      "tinyint(4)             | tinyint(1)            | false",
      "tinyint(1)             | tinyint(4)            | false",
  })
  void recognisesWideningTypeChanges(String from, String to, boolean widens) {
    assertEquals(widens, rules.widens(from, to));
  }

  @ParameterizedTest(name = "{0} -> {1}: keeps every character={2}")
  @CsvSource(delimiter = '|', value = {
      "latin1_swedish_ci  | utf8mb4_0900_ai_ci | true",
      "utf8mb4_0900_ai_ci | latin1_swedish_ci  | false",
      "utf8mb4_0900_ai_ci | utf8mb4_bin        | true",
      "utf8mb4_bin        | ascii_general_ci   | false",
  })
  void recognisesCharacterSetsThatHoldTheOld(String from, String to, boolean holds) {
    assertEquals(holds, rules.holdsAll(from, to));
  }
}
