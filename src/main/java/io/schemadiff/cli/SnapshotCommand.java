package io.schemadiff.cli;

import io.schemadiff.escape.PlainText;

import io.schemadiff.dialect.Dialect;
import io.schemadiff.model.Schema;
import io.schemadiff.snapshot.Snapshots;
import io.schemadiff.source.SourceResolver;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** {@code schemadiff snapshot SRC -o FILE.json}: a source's schema as a reviewable JSON file. */
final class SnapshotCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  SnapshotCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  static Options options() {
    Options o = CommonOptions.sources();
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE.json")
        .desc("write the snapshot to FILE.json instead of stdout").get());
    o.addOption(Option.builder().longOpt("timings").desc("print the time each stage took on stderr").get());
    return o;
  }

  int run(String[] args) {
    CommandLine cl;
    try {
      cl = new DefaultParser().parse(options(), args);
    } catch (ParseException e) {
      throw new UsageException(e.getMessage().replace("Unrecognized option: ", "unknown flag "));
    }
    if (cl.hasOption("help")) {
      CommonOptions.printHelp(out, "schemadiff snapshot SRC [-o FILE.json] [options]", options());
      return Exit.OK;
    }
    if (cl.getArgList().size() != 1) {
      throw new UsageException(cl.getArgList().isEmpty() ? "snapshot: name the source to snapshot (SRC)"
          : "snapshot: one source expected, got " + cl.getArgList().size());
    }
    Output.checkTarget(cl.getOptionValue("output")); // before the source is read, not after
    String source = cl.getArgList().get(0);
    Dialect dialect = CommonOptions.dialect(cl, source);
    List<String> schemas = CommonOptions.schemas(cl, dialect);
    Schema schema;
    List<String> timings;
    try (SourceResolver sources = CommonOptions.resolver(cl, dialect, schemas, env)) {
      schema = sources.resolve("SRC", source);
      timings = new java.util.ArrayList<>(sources.timings());
    }
    CommonOptions.checkSchemasExist(schemas, schema, schema);
    Comparison.notCompared("SRC", schema).ifPresent(w -> err.println("schemadiff: warning: " + PlainText.line(w)));
    long start = System.nanoTime();
    Output.stream(cl.getOptionValue("output"), o -> Snapshots.write(schema, o), out);
    timings.add(Comparison.seconds("write snapshot", start, System.nanoTime()));
    if (cl.hasOption("timings")) {
      timings.forEach(t -> err.println("timing: " + t));
    }
    return Exit.OK;
  }
}
