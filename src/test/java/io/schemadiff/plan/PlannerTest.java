package io.schemadiff.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.diff.Change;
import io.schemadiff.diff.DiffRules;
import io.schemadiff.diff.SchemaDiffer;
import io.schemadiff.model.Column;
import io.schemadiff.model.ForeignKey;
import io.schemadiff.model.Index;
import io.schemadiff.model.IndexKey;
import io.schemadiff.model.PrimaryKey;
import io.schemadiff.model.QName;
import io.schemadiff.model.Schema;
import io.schemadiff.model.Table;
import io.schemadiff.model.Unique;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final Planner PLANNER = new Planner(new HazardRules(Set.of()), io.schemadiff.dialect.Dialect.load("postgresql").planRules());

  static Column col(String name) {
    return new Column(name, "integer", true, null, Column.Identity.NONE, null, null, null, Map.of());
  }

  static ForeignKey fk(String name, String column, String target, String targetColumn) {
    return new ForeignKey(name, List.of(column), new QName("public", target), List.of(targetColumn),
        null, null, false, false, Map.of());
  }

  static Table table(String name, List<String> cols, PrimaryKey pk, List<Unique> uniques,
      List<ForeignKey> fks, List<Index> indexes) {
    return new Table(new QName("public", name), cols.stream().map(PlannerTest::col).toList(), pk,
        uniques, fks, List.of(), indexes, null, Map.of());
  }

  static Schema schema(Table... tables) {
    return new Schema("test", "", List.of("public"), List.of(tables));
  }

  static List<String> plan(Schema from, Schema to) {
    List<Change> changes = new SchemaDiffer(DiffRules.none()).diff(from, to);
    return PLANNER.plan(changes).steps().stream().map(Step::comment).toList();
  }

  static void assertBefore(List<String> steps, String first, String second) {
    int a = steps.indexOf(first);
    int b = steps.indexOf(second);
    assertTrue(a >= 0, "missing step: " + first + " in " + steps);
    assertTrue(b >= 0, "missing step: " + second + " in " + steps);
    assertTrue(a < b, first + " must come before " + second + " in " + steps);
  }

  @Test
  void foreignKeyCycleBetweenNewTablesIsCreatedTablesFirst() {
    Table a = table("a", List.of("id", "b_id"), new PrimaryKey("a_pkey", List.of("id")), List.of(),
        List.of(fk("a_b", "b_id", "b", "id")), List.of());
    Table b = table("b", List.of("id", "a_id"), new PrimaryKey("b_pkey", List.of("id")), List.of(),
        List.of(fk("b_a", "a_id", "a", "id")), List.of());
    List<String> steps = plan(schema(), schema(a, b));
    assertBefore(steps, "create table public.b", "add foreign key public.a.a_b");
    assertBefore(steps, "create table public.a", "add foreign key public.b.b_a");

    List<String> down = plan(schema(a, b), schema());
    assertBefore(down, "drop foreign key public.a.a_b", "drop table public.b");
    assertBefore(down, "drop foreign key public.b.b_a", "drop table public.a");
  }

  @Test
  void foreignKeyFollowsTheKeyItReferencesWhenThatKeyChanges() {
    Table parentOld = table("parent", List.of("id", "code"), new PrimaryKey("parent_pkey", List.of("id")),
        List.of(), List.of(), List.of());
    Table parentNew = table("parent", List.of("id", "code"), new PrimaryKey("parent_pkey", List.of("id")),
        List.of(new Unique("parent_code_key", List.of("code"), Map.of())), List.of(), List.of());
    Table childOld = table("child", List.of("id", "parent_code"), null, List.of(),
        List.of(fk("child_parent", "parent_code", "parent", "id")), List.of());
    Table childNew = table("child", List.of("id", "parent_code"), null, List.of(),
        List.of(fk("child_parent", "parent_code", "parent", "code")), List.of());
    List<String> steps = plan(schema(parentOld, childOld), schema(parentNew, childNew));
    assertBefore(steps, "add unique public.parent.parent_code_key", "add foreign key public.child.child_parent");
    assertBefore(steps, "drop foreign key public.child.child_parent", "add foreign key public.child.child_parent");
  }

  @Test
  void droppingAReferencedPrimaryKeyDropsTheForeignKeyFirst() {
    Table parentOld = table("parent", List.of("id"), new PrimaryKey("parent_pkey", List.of("id")),
        List.of(), List.of(), List.of());
    Table parentNew = table("parent", List.of("id"), null, List.of(), List.of(), List.of());
    Table childOld = table("child", List.of("pid"), null, List.of(),
        List.of(fk("child_pid", "pid", "parent", "id")), List.of());
    Table childNew = table("child", List.of("pid"), null, List.of(), List.of(), List.of());
    List<String> steps = plan(schema(parentOld, childOld), schema(parentNew, childNew));
    assertBefore(steps, "drop foreign key public.child.child_pid", "drop primary key public.parent.parent_pkey");
  }

  @Test
  void aReplacedIndexIsDroppedBeforeItsNameIsReused() {
    Index before = new Index("t_x", false, "btree", List.of(IndexKey.of("a")), List.of(), null, List.of(), Map.of());
    Index after = new Index("t_x", false, "btree", List.of(IndexKey.of("b")), List.of(), null, List.of(), Map.of());
    List<String> steps = plan(
        schema(table("t", List.of("a", "b"), null, List.of(), List.of(), List.of(before))),
        schema(table("t", List.of("a", "b"), null, List.of(), List.of(), List.of(after))));
    assertEquals(List.of("drop index public.t.t_x", "create index public.t.t_x"), steps);
  }

  @Test
  void stepsOnANewTableCarryNoDataOrLockHazards() {
    Table parent = table("parent", List.of("id"), new PrimaryKey("parent_pkey", List.of("id")),
        List.of(), List.of(), List.of());
    Table child = table("child", List.of("id", "pid"), null, List.of(),
        List.of(fk("child_pid", "pid", "parent", "id")), List.of());
    Table childWithIndex = table("child", List.of("id", "pid"), null, List.of(),
        List.of(fk("child_pid", "pid", "parent", "id")),
        List.of(new Index("child_pid_idx", false, "btree", List.of(IndexKey.of("pid")), List.of(), null, List.of(), Map.of())));
    Plan fresh = PLANNER.plan(new SchemaDiffer(DiffRules.none()).diff(schema(parent), schema(parent, childWithIndex)));
    fresh.steps().forEach(s -> assertEquals(List.of(), s.hazards(), s.comment()));

    Plan existing = PLANNER.plan(new SchemaDiffer(DiffRules.none()).diff(schema(parent, child), schema(parent, childWithIndex)));
    assertEquals(List.of(Hazard.INDEX_BUILD), existing.steps().get(0).hazards());
  }

  @Test
  void shufflingTheChangesDoesNotChangeThePlan() {
    List<Table> from = new ArrayList<>();
    List<Table> to = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String prev = "t" + (i + 11) % 12;
      from.add(table("t" + i, List.of("id", "ref", "old"), new PrimaryKey("t" + i + "_pkey", List.of("id")),
          List.of(), List.of(fk("t" + i + "_fk", "ref", prev, "id")),
          List.of(new Index("t" + i + "_ix", false, "btree", List.of(IndexKey.of("old")), List.of(), null, List.of(), Map.of()))));
      to.add(table("t" + i, List.of("id", "ref", "new"), new PrimaryKey("t" + i + "_pkey", List.of("id", "ref")),
          List.of(new Unique("t" + i + "_u", List.of("id"), Map.of())),
          List.of(fk("t" + i + "_fk", "ref", prev, "id")),
          List.of(new Index("t" + i + "_ix", false, "btree", List.of(IndexKey.of("new")), List.of(), null, List.of(), Map.of()))));
    }
    to.add(table("fresh", List.of("id"), null, List.of(), List.of(fk("fresh_fk", "id", "t3", "id")), List.of()));
    List<Change> changes = new SchemaDiffer(DiffRules.none()).diff(
        new Schema("test", "", List.of("public"), from), new Schema("test", "", List.of("public"), to));
    Plan expected = PLANNER.plan(changes);
    Random random = new Random(42);
    for (int round = 0; round < 25; round++) {
      List<Change> shuffled = new ArrayList<>(changes);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, PLANNER.plan(shuffled), "round " + round);
    }
  }
}
