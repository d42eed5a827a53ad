package io.schemadiff.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * How one list of RANGE or LIST partitions becomes another in place: the partitions that go are
 * dropped (with their rows), then the smallest run of the rest that differs is reorganised into
 * the target's run; new partitions at the end are just added. Definitions are compared whole, as
 * the server prints them; a partition is known by its name.
 *
 * @param dropped names of the partitions dropped
 * @param reorganised names of the remaining partitions rewritten into {@code into}
 * @param into the definitions that replace {@code reorganised}
 * @param added definitions added after the last partition
 */
public record PartitionEdit(List<String> dropped, List<String> reorganised, List<String> into, List<String> added) {
  public PartitionEdit {
    dropped = List.copyOf(dropped);
    reorganised = List.copyOf(reorganised);
    into = List.copyOf(into);
    added = List.copyOf(added);
  }

  public static PartitionEdit of(List<String> from, List<String> to) {
    List<String> targetNames = to.stream().map(PartitionEdit::name).toList();
    List<String> dropped = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String def : from) {
      if (targetNames.contains(name(def))) {
        kept.add(def);
      } else {
        dropped.add(name(def));
      }
    }
    int prefix = 0;
    while (prefix < kept.size() && prefix < to.size() && kept.get(prefix).equals(to.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < kept.size() - prefix && suffix < to.size() - prefix
        && kept.get(kept.size() - 1 - suffix).equals(to.get(to.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> oldRun = new ArrayList<>(kept.subList(prefix, kept.size() - suffix));
    List<String> newRun = new ArrayList<>(to.subList(prefix, to.size() - suffix));
    if (oldRun.isEmpty() && suffix == 0) {
      return new PartitionEdit(dropped, List.of(), List.of(), newRun);
    }
    if (oldRun.isEmpty() && !newRun.isEmpty()) {
      // New partitions before an existing one: that one is split to make room for them.
      oldRun.add(kept.get(prefix));
      newRun.add(to.get(to.size() - suffix));
    }
    return new PartitionEdit(dropped, oldRun.stream().map(PartitionEdit::name).toList(), newRun, List.of());
  }

  /** A definition's partition name: {@code PARTITION p0 VALUES …} → {@code p0}, unquoted. */
  public static String name(String definition) {
    String rest = definition.substring("PARTITION ".length());
    if (rest.startsWith("`")) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i < rest.length(); i++) {
        char ch = rest.charAt(i);
        if (ch == '`' && i + 1 < rest.length() && rest.charAt(i + 1) == '`') {
          b.append('`');
          i++;
        } else if (ch == '`') {
          break;
        } else {
          b.append(ch);
        }
      }
      return b.toString();
    }
    int end = rest.indexOf(' ');
    return end < 0 ? rest : rest.substring(0, end);
  }

  public boolean isEmpty() {
    return dropped.isEmpty() && reorganised.isEmpty() && added.isEmpty();
  }
}
