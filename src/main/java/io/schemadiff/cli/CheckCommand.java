package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.output.ChangeText;
import io.schemadiff.output.DriftReport;
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
    // Changes that would turn the actual schema into the expected one: added = missing.
    Comparison c = Comparison.of(cl, "actual", "expected", env);
    List<String> warnings = c.warnings("actual", "expected");
    warnings.forEach(w -> err.println("schemadiff: warning: " + PlainText.line(w)));
    DriftReport report = new DriftReport(Urls.redact(cl.getOptionValue("expected")),
        Urls.redact(cl.getOptionValue("actual")), c.dialect().name(), ChangeText.entries(c.changes()),
        DriftReport.objects(c.before(), c.after()), warnings,
        c.after().serverVersion(), c.before().serverVersion());
    String text = switch (format) {
      case "json" -> report.json();
      case "github" -> report.github();
      case "junit" -> report.junit();
      default -> report.text();
    };
    Output.write(cl.getOptionValue("output"), text, out);
    if (!format.equals("text") && cl.getOptionValue("output") != null) {
      err.print(report.text());
    }
    return report.drift() ? Exit.DIFFERENCES : Exit.OK;
  }
}
