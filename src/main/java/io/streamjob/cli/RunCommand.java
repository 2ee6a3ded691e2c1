package io.streamjob.cli;

import io.streamjob.component.Catalogue;
import io.streamjob.spark.JobRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code streamjob run}: builds the job, starts it, and blocks until it ends. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Builds the job and runs it until it ends (available-now/once triggers), fails, or is"
          + " stopped.",
      "Transforms apply in this order: --watermark, --where, --select, --sql, --dedup."
    },
    footer = {
      "",
      "Exit codes: 0 ended as asked, 1 query failed, 2 bad command line, 3 environment not usable."
    })
final class RunCommand implements Callable<Integer>, HasCommonOptions {
  @Mixin JobOptions job;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    LogLevels.apply(common.verbose);
    return new JobRunner(Catalogue.standard()).run(job.toJobSpec());
  }

  @Override
  public CommonOptions common() {
    return common;
  }
}
