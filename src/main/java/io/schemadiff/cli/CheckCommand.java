package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.output.ChangeText;
import io.schemadiff.inspect.InspectException;
import io.schemadiff.output.DriftReport;
import io.schemadiff.source.SourceException;
import io.schemadiff.source.SourceLocations;
import io.schemadiff.source.Urls;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code schemadiff check}: does the actual schema match the expected one? Exit 0 yes, 1 no. */
final class CheckCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  CheckCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  static Options options() {
    Options o = CommonOptions.sources();
    o.addOption(Option.builder().longOpt("expected").hasArg().argName("SRC")
        .desc("what the schema should be (migrations folder, SQL files, snapshot)").get());
    o.addOption(Option.builder().longOpt("actual").hasArg().argName("SRC")
        .desc("what it is (usually a live database)").get());
    o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
        .desc("text (default), json, github (Actions annotations) or junit (XML)").get());
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
        .desc("write the report to FILE instead of stdout").get());
    return o;
  }

  int run(String[] args) {
    CommandLine cl = CommonOptions.parse(options(), args);
    Output.checkTarget(cl.getOptionValue("output")); // before the sources are read, not after
    if (cl.hasOption("help")) {
      CommonOptions.printHelp(out, "schemadiff check --expected SRC --actual SRC [options]", options());
      return Exit.OK;
    }
    String format = cl.getOptionValue("format", "text");
    if (!List.of("text", "json", "github", "junit").contains(format)) {
      throw new UsageException("--format: unknown format '" + format + "' (text, json, github, junit)");
    }
    long start = System.nanoTime();
    Comparison c;
    try {
      // Changes that would turn the actual schema into the expected one: added = missing.
      c = Comparison.of(cl, "actual", "expected", env);
    } catch (SourceException | InspectException e) {
      reportFailure(cl, format, e, seconds(start));
      throw e; // the exit code and the stderr line are those of the failure
    }
    List<String> warnings = c.warnings("actual", "expected");
    warnings.forEach(w -> err.println("schemadiff: warning: " + PlainText.line(w)));
    DriftReport report = new DriftReport(Urls.redact(cl.getOptionValue("expected")),
        Urls.redact(cl.getOptionValue("actual")), c.dialect().name(), ChangeText.entries(c.changes()),
        DriftReport.objects(c.before(), c.after()), warnings,
        c.after().serverVersion(), c.before().serverVersion(), seconds(start));
    String text = switch (format) {
      case "json" -> report.json();
      case "github" -> report.github(locator(cl, c));
      case "junit" -> report.junit();
      default -> report.text();
    };
    Output.write(cl.getOptionValue("output"), text, out);
    if (!format.equals("text") && cl.getOptionValue("output") != null) {
      err.print(report.text());
    }
    return report.drift() ? Exit.DIFFERENCES : Exit.OK;
  }

  /** For CI formats, a report that says the check could not run, so a CI page does not stay empty. */
  private void reportFailure(CommandLine cl, String format, RuntimeException e, double seconds) {
    String type = e instanceof SourceException s && s.kind() == SourceException.Kind.BAD_INPUT
        || e instanceof InspectException i && i.isUnsupported() ? "bad input" : "unreachable";
    String text = switch (format) {
      case "junit" -> DriftReport.junitError(e.getMessage(), type, seconds);
      case "github" -> DriftReport.githubError(e.getMessage());
      default -> null;
    };
    if (text != null) {
      Output.write(cl.getOptionValue("output"), text, out);
    }
  }

  /**
   * Where an entry is written: a missing object in --expected's files, an extra one in
   * --actual's, a different one in --expected's (else --actual's).
   */
  private static DriftReport.Locator locator(CommandLine cl, Comparison c) {
    boolean mysql = c.dialect().family().equals("mysql");
    SourceLocations expected = SourceLocations.of(cl.getOptionValue("expected"), mysql);
    SourceLocations actual = SourceLocations.of(cl.getOptionValue("actual"), mysql);
    return e -> {
      String name = e.table().isEmpty() ? e.object() : e.table();
      String member = !e.table().isEmpty() && e.object().startsWith(e.table() + ".")
          ? e.object().substring(e.table().length() + 1) : null;
      return switch (e.status()) {
        case ADDED -> expected.find(e.schema(), name, member);
        case DROPPED -> actual.find(e.schema(), name, member);
        case CHANGED -> expected.find(e.schema(), name, member).or(() -> actual.find(e.schema(), name, member));
      };
    };
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
