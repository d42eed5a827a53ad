package io.schemadiff.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
  @Test
  void splitsOnSemicolonsOutsideQuotesAndComments() {
    String sql = """
        -- leading comment; with a semicolon
        CREATE TABLE a (x text DEFAULT 'a;b');

        /* block; /* nested; */ still comment */
        COMMENT ON TABLE a IS E'it\\'s; fine';
        CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
        CREATE TABLE "we;ird" (y int)""";
    List<SqlScript.Statement> s = SqlScript.split(sql, false);
    assertEquals(4, s.size());
    assertEquals("CREATE TABLE a (x text DEFAULT 'a;b')", s.get(0).sql());
    assertEquals(2, s.get(0).line());
    assertEquals(5, s.get(1).line());
    assertEquals("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql", s.get(2).sql());
    assertEquals("CREATE TABLE \"we;ird\" (y int)", s.get(3).sql());
    assertEquals(7, s.get(3).line());
  }

  /** As psql reads them: semicolons inside BEGIN ATOMIC … END (and CASE … END there) are the body's. */
  @Test
  void keepsSqlStandardRoutineBodiesWhole() {
    String sql = """
        CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql
        BEGIN ATOMIC
          SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;
          SELECT 2;
        END;
        create procedure p() language sql begin atomic insert into t values (1); end;
        CREATE TABLE begin_atomic (x int);
        CREATE FUNCTION g() RETURNS int LANGUAGE sql RETURN 1;
        SELECT 1""";
    List<SqlScript.Statement> s = SqlScript.split(sql, false);
    assertEquals(5, s.size(), s.toString());
    assertEquals("create procedure p() language sql begin atomic insert into t values (1); end", s.get(1).sql());
    assertEquals("CREATE TABLE begin_atomic (x int)", s.get(2).sql());
    assertEquals(8, s.get(3).line());
  }

  @Test
  void mapsErrorPositionsToFileLines() {
    List<SqlScript.Statement> s = SqlScript.split("\n\nCREATE TABLE t (\n  a int,\n  b nope\n);", false);
    assertEquals(3, s.get(0).line());
    int position = s.get(0).sql().indexOf("nope") + 1;
    assertEquals(5, s.get(0).lineOf(position));
  }

  @Test
  void mysqlLexingKnowsBackslashesHashCommentsAndBackticks() {
    List<SqlScript.Statement> s = SqlScript.split(
        "# comment;\nCREATE TABLE `a;b` (c varchar(9) DEFAULT 'x\\';y');\nSELECT $1;", true);
    assertEquals(2, s.size());
    assertEquals("CREATE TABLE `a;b` (c varchar(9) DEFAULT 'x\\';y')", s.get(0).sql());
  }

  /** As the mysql client reads a dump: DELIMITER lines, versioned comments sent, source kept apart. */
  @Test
  void mysqlClientSyntax() {
    String sql = """
        /*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
        /* a comment; not sent */
        SELECT 1 --1;
        ;
        DELIMITER ;;
        /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t BEFORE INSERT ON a
        FOR EACH ROW BEGIN SET NEW.x = 1; SET NEW.y = 2; END */;;
        CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;;
        delimiter //
        SELECT 3//
        DELIMITER $$
        SELECT END$$
        DELIMITER ;
        source other.sql
        SELECT 4;""";
    List<SqlScript.Statement> s = SqlScript.split(sql, true);
    assertEquals(List.of(
        "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */",
        "SELECT 1 --1",
        "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t BEFORE INSERT ON a\n"
            + "FOR EACH ROW BEGIN SET NEW.x = 1; SET NEW.y = 2; END */",
        "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END",
        "SELECT 3",
        "SELECT END",
        "source other.sql",
        "SELECT 4"), s.stream().map(SqlScript.Statement::sql).toList());
    assertEquals(6, s.get(2).line());
    assertEquals(14, s.get(6).line());
    assertEquals(15, s.get(7).line());
  }

  /** MySQL reads "--x" as SQL: a Liquibase file loses its directive lines, keeping its line numbers. */
  @Test
  void liquibaseDirectivesAreBlanked() {
    String file = String.join("\n", "--liquibase formatted sql", "", "--changeset me:1 runInTransaction:false",
        "--comment: first", "CREATE TABLE a (x int);", "--rollback DROP TABLE a;", "--ignoreLines:start", "junk",
        "--ignoreLines:end", "--ignoreLines:1", "more junk", "CREATE TABLE b (--odd\n y int);");
    assertEquals(String.join("\n", "", "", "", "", "CREATE TABLE a (x int);", "", "", "", "", "", "",
        "CREATE TABLE b (--odd\n y int);"), SqlFiles.withoutLiquibaseDirectives(file));
    String plain = "--rollback is not ours here\nSELECT 1;";
    assertEquals(plain, SqlFiles.withoutLiquibaseDirectives(plain));
  }
}
