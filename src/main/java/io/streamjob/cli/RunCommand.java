package io.streamjob.cli;

import io.streamjob.compile.JobCompiler;
import io.streamjob.error.ExitCodes;
import io.streamjob.error.Messages;
import io.streamjob.error.StreamJobException;
import io.streamjob.run.RunOutcome;
import io.streamjob.run.RunStats;
import io.streamjob.run.RunSummary;
import io.streamjob.runner.JobRunner;
import io.streamjob.session.SparkErrors;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code streamjob run}: builds the job, starts it, blocks until it ends, and prints a JSON summary
 * of the run as the last line of standard output, however it ended.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Builds the job and runs it until it ends (available-now/once triggers), fails, or is"
          + " stopped (SIGTERM/SIGINT, --max-duration).",
      "Transforms apply in this order: --watermark, --where, --select, --sql, --dedup."
    },
    footer = {
      "",
      "Exit codes: 0 ended as asked, 1 query failed, 2 bad command line, 3 environment not usable,"
          + " 4 internal error (a defect in streamjob: report it, do not retry)."
    })
final class RunCommand implements Callable<Integer>, HasCommonOptions {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @Mixin JobOptions job;
  @Mixin SubmitOptions submit;

  @ArgGroup(validate = false, heading = "%nRunning:%n", order = 6)
  RunOptions run = new RunOptions();

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LogLevels.apply(common.verbose, run.json());
    RunStats stats = new RunStats();
    String query = null; // not known while the job cannot be read
    try {
      JobOptions.JobInput input = job.read();
      query = input.spec().queryName();
      Optional<Integer> submitted = submit.handOver(input.spec().spark(), spec);
      if (submitted.isPresent()) {
        return submitted.get();
      }
      JobCompiler.Findings compiled = input.compile();
      compiled.warnings().forEach(LOG::warn);
      RunOutcome outcome = JobRunner.run(compiled.plan(), run.toSettings(), stats);
      summary(query, outcome.status(), ExitCodes.OK, outcome.reason(), stats);
      return ExitCodes.OK;
    } catch (StreamJobException e) {
      summary(query, status(e.exitCode()), e.exitCode(), e.problems().get(0), stats);
      throw e;
    } catch (RuntimeException e) {
      int code = SparkErrors.exitCode(e);
      summary(query, status(code), code, Messages.rootCause(e), stats);
      throw e;
    }
  }

  private void summary(String query, String status, int code, String reason, RunStats stats) {
    spec.commandLine().getOut().println(RunSummary.json(query, status, code, reason, stats));
    spec.commandLine().getOut().flush();
  }

  private static String status(int exitCode) {
    return switch (exitCode) {
      case ExitCodes.USAGE -> "invalid";
      case ExitCodes.ENVIRONMENT -> "environment";
      case ExitCodes.INTERNAL -> "internal";
      default -> "failed";
    };
  }

  @Override
  public CommonOptions common() {
    return common;
  }

  @Override
  public boolean jsonLogs() {
    return run.json();
  }
}
