package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.output.ChangeText;
import io.schemadiff.output.DdlDiff;
import io.schemadiff.output.ReleaseNotes;
import io.schemadiff.render.Renderer;
import io.schemadiff.source.Urls;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code schemadiff notes}: release notes of the schema changes between two sources. */
final class NotesCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  NotesCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  static Options options() {
    Options o = CommonOptions.fromTo();
    o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
        .desc("markdown (default) or json").get());
    o.addOption(Option.builder().longOpt("ddl")
        .desc("add a unified diff of each changed object's DDL").get());
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
        .desc("write the notes to FILE instead of stdout").get());
    return o;
  }

  int run(String[] args) {
    CommandLine cl = CommonOptions.parse(options(), args);
    Output.checkTarget(cl.getOptionValue("output")); // before the sources are read, not after
    if (cl.hasOption("help")) {
      CommonOptions.printHelp(out, "schemadiff notes --from SRC --to SRC [options]", options());
      return Exit.OK;
    }
    String format = cl.getOptionValue("format", "markdown");
    if (!List.of("markdown", "json").contains(format)) {
      throw new UsageException("--format: unknown format '" + format + "' (markdown, json)");
    }
    Comparison c = Comparison.of(cl, "from", "to", env);
    List<String> warnings = c.warnings("from", "to");
    warnings.forEach(w -> err.println("schemadiff: warning: " + PlainText.line(w)));
    ReleaseNotes notes = new ReleaseNotes(Urls.redact(cl.getOptionValue("from")), Urls.redact(cl.getOptionValue("to")),
        c.dialect().name(), ChangeText.entries(c.changes()), ReleaseNotes.callouts(c.plan()), warnings);
    String ddl = cl.hasOption("ddl") ? DdlDiff.of(c.before(), c.after(), new Renderer(c.dialect())) : null;
    Output.write(cl.getOptionValue("output"), format.equals("json") ? notes.json(ddl) : notes.markdown(ddl), out);
    return Exit.OK;
  }
}
