package io.streamjob.cli;

import io.streamjob.checkpoint.CheckpointCheck;
import io.streamjob.compile.JobCompiler;
import io.streamjob.compile.SqlSyntax;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.config.JobSpec;
import io.streamjob.connector.Connectors;
import io.streamjob.error.ExitCodes;
import io.streamjob.error.UsageException;
import io.streamjob.value.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code streamjob validate}: checks flags and job file without starting Spark (no session; only
 * Spark's SQL parser, for the syntax of schemas and SQL), reports every problem at once, and exits
 * 0 or 2.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks the job without starting Spark: components and options, combinations, schema,"
          + " trigger and output mode, job file keys, a writable checkpoint.",
      "Prints every problem, one per line, and exits 2; or prints OK and exits 0."
    })
final class ValidateCommand implements Callable<Integer>, HasCommonOptions {
  @Mixin JobOptions job;
  @Mixin SubmitOptions submit;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (job.mayHoldSqlText()) {
      SqlSyntax.warmUpInBackground();
    }
    Catalogue catalogue = Connectors.catalogue();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    JobOptions.JobInput input;
    try {
      input = job.read();
    } catch (UsageException e) {
      return report(e.problems(), warnings);
    }
    JobSpec jobSpec = input.spec();
    // Without Spark, a name outside the catalogue cannot be looked up: a near miss of a known
    // name is taken for a typo, anything else is left to Spark with a warning.
    JobCompiler compiler = new JobCompiler(catalogue, name -> isFarFromKnown(catalogue, name));
    JobCompiler.Findings findings = compiler.findings(jobSpec, input.origins());
    problems.addAll(findings.problems());
    warnings.addAll(findings.warnings());
    problems.addAll(submit.problems());
    warnUnknown(catalogue, Kind.SOURCE, jobSpec.source().format(), warnings);
    warnUnknown(catalogue, Kind.SINK, jobSpec.sink().format(), warnings);
    CheckpointCheck.problem(jobSpec.sink().checkpoint(), input.origins().of("sink.checkpoint"))
        .ifPresent(problems::add);
    return report(problems, warnings);
  }

  private int report(List<String> problems, List<String> warnings) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = new RedactingWriter(spec.commandLine().getErr());
    warnings.forEach(w -> err.println("streamjob: warning: " + w));
    problems.forEach(p -> err.println("streamjob: " + p));
    err.flush();
    if (!problems.isEmpty()) {
      return ExitCodes.USAGE;
    }
    out.println(
        "OK: the job is valid"
            + (warnings.isEmpty()
                ? ""
                : " (" + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + ")"));
    out.flush();
    return ExitCodes.OK;
  }

  private static boolean isFarFromKnown(Catalogue catalogue, String name) {
    List<String> known = new ArrayList<>(catalogue.names(Kind.SOURCE));
    known.addAll(catalogue.names(Kind.SINK));
    return Suggestions.nearest(name, known).isEmpty();
  }

  private static void warnUnknown(
      Catalogue catalogue, Kind kind, String name, List<String> warnings) {
    if (name != null && catalogue.find(kind, name).isEmpty() && isFarFromKnown(catalogue, name)) {
      warnings.add(
          kind.label()
              + " '"
              + name
              + "' is not in streamjob's catalogue: run hands it to"
              + " Spark as it is, if a data source of that name is on the classpath; its options are"
              + " not checked");
    }
  }

  @Override
  public CommonOptions common() {
    return common;
  }
}
