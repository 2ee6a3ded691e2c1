package io.streamjob.checkpoint;

import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;

/**
 * What a checkpoint holds, as {@code streamjob checkpoint} prints it: the job it is for, the last
 * planned and committed batches, the offsets of each source, the state operators.
 */
public final class CheckpointReport {
  private CheckpointReport() {}

  public static void print(String location, Configuration conf, PrintWriter out) {
    try {
      CheckpointFiles files = new CheckpointFiles(location, conf);
      if (!files.exists()) {
        throw new EnvironmentException(
            "'" + location + "' is not a checkpoint (no offsets/)", null);
      }
      out.println("checkpoint " + location);
      Optional<JobFingerprint> job = files.fingerprint();
      if (job.isPresent()) {
        job.get()
            .fields()
            .forEach((k, v) -> out.println("  " + k + ": " + (v.isEmpty() ? "none" : v)));
      } else {
        out.println("  (no streamjob-job.json: not written by streamjob)");
      }
      OptionalLong planned = files.latest("offsets");
      OptionalLong committed = files.latest("commits");
      out.println("last planned batch: " + (planned.isPresent() ? planned.getAsLong() : "none"));
      out.println(
          "last committed batch: "
              + (committed.isPresent() ? committed.getAsLong() : "none")
              + (planned.isPresent()
                      && (committed.isEmpty() || committed.getAsLong() < planned.getAsLong())
                  ? " (batch " + planned.getAsLong() + " runs again on restart)"
                  : ""));
      if (planned.isPresent()) {
        List<String> offsets = files.offsets(planned.getAsLong());
        out.println("offsets of batch " + planned.getAsLong() + ":");
        for (int i = 0; i < offsets.size(); i++) {
          out.println("  source " + i + ": " + offsets.get(i));
        }
        var metadata = files.metadata(planned.getAsLong());
        out.println(
            "watermark: "
                + metadata.path("batchWatermarkMs").asLong()
                + " ms, batch time: "
                + metadata.path("batchTimestampMs").asLong()
                + " ms");
      }
      List<String> state = files.stateOperators();
      out.println("state: " + (state.isEmpty() ? "none" : String.join(", ", state)));
    } catch (CheckpointFiles.DamagedException e) {
      throw new EnvironmentException(location + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot read checkpoint '" + location + "' (" + Messages.rootCause(e) + ")", e);
    }
  }
}
