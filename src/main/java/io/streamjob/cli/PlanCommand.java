package io.streamjob.cli;

import io.streamjob.compile.JobCompiler;
import io.streamjob.runner.JobPlanner;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code streamjob plan}: what would run, without running it. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Builds the job on a local Spark session without starting the query, and prints the"
          + " resolved job (JSON, secrets masked) and Spark's plan."
    })
final class PlanCommand implements Callable<Integer>, HasCommonOptions {
  private static final Logger LOG = LoggerFactory.getLogger(PlanCommand.class);

  @Mixin JobOptions job;
  @Mixin SubmitOptions submit;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LogLevels.apply(common.verbose, false);
    JobOptions.JobInput input = job.read();
    Optional<Integer> submitted = submit.handOver(input.spec().spark(), spec);
    if (submitted.isPresent()) {
      return submitted.get();
    }
    JobCompiler.Findings compiled = input.compile();
    compiled.warnings().forEach(LOG::warn);
    String plan = JobPlanner.plan(compiled.plan());
    spec.commandLine().getOut().println(plan);
    spec.commandLine().getOut().flush();
    return 0;
  }

  @Override
  public CommonOptions common() {
    return common;
  }
}
