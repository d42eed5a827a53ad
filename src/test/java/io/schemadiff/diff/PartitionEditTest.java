package io.schemadiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The smallest in-place edit between two lists of RANGE/LIST partitions (the servers prove the SQL). */
class PartitionEditTest {
  private static final String P1 = "PARTITION p1 VALUES LESS THAN (10)";
  private static final String P2 = "PARTITION p2 VALUES LESS THAN (20)";
  private static final String P3 = "PARTITION p3 VALUES LESS THAN (30)";
  private static final String MAX = "PARTITION pmax VALUES LESS THAN MAXVALUE";

  @Test
  void newPartitionsAtTheEndAreAdded() {
    assertEquals(new PartitionEdit(List.of(), List.of(), List.of(), List.of(P3)),
        PartitionEdit.of(List.of(P1, P2), List.of(P1, P2, P3)));
  }

  @Test
  void partitionsThatGoAreDroppedAndTheRestKept() {
    assertEquals(new PartitionEdit(List.of("p1"), List.of(), List.of(), List.of(P3)),
        PartitionEdit.of(List.of(P1, P2), List.of(P2, P3)));
  }

  @Test
  void aPartitionPutBeforeAnotherSplitsIt() {
    assertEquals(new PartitionEdit(List.of(), List.of("pmax"), List.of(P2, MAX), List.of()),
        PartitionEdit.of(List.of(P1, MAX), List.of(P1, P2, MAX)));
    assertEquals(new PartitionEdit(List.of(), List.of("p2"), List.of(P1, P2), List.of()),
        PartitionEdit.of(List.of(P2, P3), List.of(P1, P2, P3)));
  }

  @Test
  void onlyTheRunThatDiffersIsReorganised() {
    String p2wider = "PARTITION p2 VALUES LESS THAN (25)";
    assertEquals(new PartitionEdit(List.of(), List.of("p2", "p3"), List.of(p2wider, "PARTITION p3 VALUES LESS THAN (35)"), List.of()),
        PartitionEdit.of(List.of(P1, P2, P3, MAX), List.of(P1, p2wider, "PARTITION p3 VALUES LESS THAN (35)", MAX)));
  }

  @Test
  void quotedNamesAreRead() {
    assertEquals("old `one`", PartitionEdit.name("PARTITION `old ``one``` VALUES LESS THAN (1)"));
    assertEquals("p0", PartitionEdit.name("PARTITION p0"));
  }
}
