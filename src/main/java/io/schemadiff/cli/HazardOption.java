package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.plan.Hazard;
import io.schemadiff.plan.Plan;
import io.schemadiff.plan.Step;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/** {@code --allow-hazards}: destructive hazards are refused (exit 4) unless named here. */
final class HazardOption {
  private HazardOption() {}

  static Option option() {
    return Option.builder().longOpt("allow-hazards").hasArg().argName("H,...")
        .desc("destructive hazards to allow, e.g. DELETES_DATA (or all)").get();
  }

  /** True, after listing the offending steps on stderr, when the plan has hazards not allowed. */
  static boolean refused(Plan plan, Set<Hazard> allowed, PrintStream err) {
    Set<Hazard> refused = plan.refused(allowed);
    if (refused.isEmpty()) {
      return false;
    }
    for (Step s : plan.steps()) {
      for (Hazard h : s.hazards()) {
        if (refused.contains(h)) {
          err.println("schemadiff: refused: " + PlainText.line(s.comment()) + " (" + h.name() + ": " + h.meaning() + ")");
        }
      }
    }
    err.println("schemadiff: refused: the plan has hazards not allowed: " + names(refused)
        + "; review the steps above and pass --allow-hazards " + names(refused) + " to accept them");
    return true;
  }

  /** The hazards --allow-hazards names ({@code all}: every one). */
  static Set<Hazard> allowed(CommandLine cl) {
    String value = cl.getOptionValue("allow-hazards");
    Set<Hazard> allowed = EnumSet.noneOf(Hazard.class);
    if (value == null) {
      return allowed;
    }
    for (String name : value.split(",")) {
      String n = name.strip();
      if (n.equalsIgnoreCase("all")) {
        allowed.addAll(EnumSet.allOf(Hazard.class));
        continue;
      }
      try {
        allowed.add(Hazard.valueOf(n.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--allow-hazards: unknown hazard '" + n + "' (known: "
            + names(EnumSet.allOf(Hazard.class)) + ", all)");
      }
    }
    return allowed;
  }

  static String names(java.util.Collection<Hazard> hazards) {
    return hazards.stream().map(Hazard::name).sorted().collect(Collectors.joining(","));
  }
}
