package io.streamjob.cli;

import io.streamjob.checkpoint.CheckpointFiles;
import io.streamjob.checkpoint.JobFingerprint;
import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code streamjob checkpoint DIR}: what a checkpoint holds, read without starting Spark. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Shows what a checkpoint holds: the job it is for, the last planned and"
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
    try {
      CheckpointFiles files = new CheckpointFiles(location, new Configuration());
      if (!files.exists()) {
        throw new EnvironmentException("'" + location + "' is not a checkpoint (no offsets/)", null);
      }
      out.println("checkpoint " + location);
      Path job = new Path(location, JobFingerprint.FILE);
      if (files.fs().exists(job)) {
        try (var in = files.fs().open(job)) {
          JobFingerprint.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).fields()
              .forEach((k, v) -> out.println("  " + k + ": " + (v.isEmpty() ? "none" : v)));
        }
      } else {
        out.println("  (no streamjob-job.json: not written by streamjob)");
      }
      OptionalLong planned = files.latest("offsets");
      OptionalLong committed = files.latest("commits");
      out.println("last planned batch: " + (planned.isPresent() ? planned.getAsLong() : "none"));
      out.println("last committed batch: " + (committed.isPresent() ? committed.getAsLong() : "none")
          + (planned.isPresent() && (committed.isEmpty() || committed.getAsLong() < planned.getAsLong())
              ? " (batch " + planned.getAsLong() + " runs again on restart)" : ""));
      if (planned.isPresent()) {
        List<String> offsets = files.offsets(planned.getAsLong());
        out.println("offsets of batch " + planned.getAsLong() + ":");
        for (int i = 0; i < offsets.size(); i++) {
          out.println("  source " + i + ": " + offsets.get(i));
        }
        var metadata = files.metadata(planned.getAsLong());
        out.println("watermark: " + metadata.path("batchWatermarkMs").asLong() + " ms, batch time: "
            + metadata.path("batchTimestampMs").asLong() + " ms");
      }
      List<String> state = files.stateOperators();
      out.println("state: " + (state.isEmpty() ? "none" : String.join(", ", state)));
      out.flush();
      return 0;
    } catch (CheckpointFiles.DamagedException e) {
      throw new EnvironmentException(location + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new EnvironmentException("cannot read checkpoint '" + location + "' ("
          + Messages.rootCause(e) + ")", e);
    }
  }
}
