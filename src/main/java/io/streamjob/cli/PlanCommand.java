package io.streamjob.cli;

import io.streamjob.component.Catalogue;
import io.streamjob.job.JobSpec;
import io.streamjob.spark.JobPlanner;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code streamjob plan}: what would run, without running it. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Builds the job on a local Spark session without starting the query, and prints the"
          + " resolved job (JSON, secrets masked) and Spark's plan."
    })
final class PlanCommand implements Callable<Integer>, HasCommonOptions {
  @Mixin JobOptions job;
  @Mixin SubmitOptions submit;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LogLevels.apply(common.verbose, false);
    JobSpec jobSpec = job.toJobSpec();
    Optional<Integer> submitted = submit.handOver(jobSpec.spark(), spec);
    if (submitted.isPresent()) {
      return submitted.get();
    }
    String plan = new JobPlanner(Catalogue.standard()).plan(jobSpec);
    spec.commandLine().getOut().println(plan);
    spec.commandLine().getOut().flush();
    return 0;
  }

  @Override
  public CommonOptions common() {
    return common;
  }
}
