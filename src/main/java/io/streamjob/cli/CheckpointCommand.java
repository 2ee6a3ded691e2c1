package io.streamjob.cli;

import io.streamjob.checkpoint.CheckpointReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code streamjob checkpoint DIR}: what a checkpoint holds, read without starting Spark. */
@Command(
    name = "checkpoint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Shows what a checkpoint holds: the job it is for, the last planned and"
            + " committed batches, the offsets of each source, the state operators.")
final class CheckpointCommand implements Callable<Integer>, HasCommonOptions {
  @Parameters(paramLabel = "DIR", description = "the checkpoint location (--checkpoint of the job)")
  String location;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CheckpointReport.print(location, new Configuration(), out);
    out.flush();
    return 0;
  }
}
