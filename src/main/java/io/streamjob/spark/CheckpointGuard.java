package io.streamjob.spark;

import io.streamjob.checkpoint.CheckpointFiles;
import io.streamjob.checkpoint.JobFingerprint;
import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a query starts on an existing checkpoint: refuses a damaged one (nothing is deleted)
 * and one made for an incompatible job, with what changed and what to do. Then records the job
 * the checkpoint is for. All exit 3: the job is fine, the checkpoint is not usable for it.
 */
final class CheckpointGuard {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointGuard.class);
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private CheckpointGuard() {}

  /** {@code shufflePartitions}: this run's spark.sql.shuffle.partitions. */
  static void check(String location, Configuration conf, JobFingerprint job,
      String shufflePartitions, boolean force) {
    try {
      CheckpointFiles files = new CheckpointFiles(location, conf);
      if (files.exists()) {
        requireReadable(location, files);
        compare(location, files, job, force);
        logKeptShufflePartitions(files, shufflePartitions);
      }
      write(location, conf, job);
    } catch (IOException e) {
      throw new EnvironmentException("--checkpoint: cannot read '" + location + "' ("
          + Messages.rootCause(e) + ")", e);
    }
  }

  private static void requireReadable(String location, CheckpointFiles files) throws IOException {
    OptionalLong latest = files.latest("offsets");
    if (latest.isEmpty()) {
      return;
    }
    try {
      // Spark reads the last two batches' offsets when it resumes.
      files.offsets(latest.getAsLong());
      if (latest.getAsLong() > 0 && files.hasOffsets(latest.getAsLong() - 1)) {
        files.offsets(latest.getAsLong() - 1);
      }
    } catch (CheckpointFiles.DamagedException e) {
      OptionalLong committed = files.latest("commits");
      throw new EnvironmentException("--checkpoint: " + location + ": " + e.getMessage()
          + ". Nothing was deleted. Restore the file from a backup; or, since batch "
          + latest.getAsLong() + (committed.isPresent() && committed.getAsLong() == latest.getAsLong()
              ? " was committed, start a new checkpoint"
              : " was not committed, move " + e.file() + " out of the checkpoint so that the"
                  + " batch is planned again from the previous offsets"), e);
    }
  }

  private static void compare(String location, CheckpointFiles files, JobFingerprint job,
      boolean force) throws IOException {
    Path file = new Path(location, JobFingerprint.FILE);
    if (!files.fs().exists(file)) {
      return; // a checkpoint from before streamjob, or from a hand-written job: adopt it
    }
    List<String> changes = job.differencesFrom(JobFingerprint.parse(readString(files, file)));
    if (changes.isEmpty()) {
      return;
    }
    if (force) {
      LOG.warn("--force-checkpoint: resuming {} although the job changed: {}", location,
          String.join("; ", changes));
      return;
    }
    boolean provider =
        changes.stream().anyMatch(c -> c.startsWith(JobFingerprint.STATE_STORE_PROVIDER));
    throw new EnvironmentException("--checkpoint: " + location + " belongs to a different job: "
        + String.join("; ", changes) + (provider
            // Spark would resume, but with the recorded provider: the new setting does nothing.
            ? " (a checkpoint's state stays with the provider that wrote it: Spark would keep the"
                + " recorded one and ignore spark.sql.streaming.stateStore.providerClass)" : "")
        + ". Spark cannot resume it safely: give a new --checkpoint"
        + " (the job starts over, e.g. from --starting-offsets), or add --force-checkpoint if you"
        + " know the change is compatible", null);
  }

  /**
   * Spark resumes a query with the shuffle partitions recorded in its checkpoint (its state is
   * split that way) and ignores the session's: says so when they differ, since the setting the
   * user sees has no effect.
   */
  private static void logKeptShufflePartitions(CheckpointFiles files, String shufflePartitions)
      throws IOException {
    OptionalLong latest = files.latest("offsets");
    if (latest.isEmpty()) {
      return;
    }
    String recorded;
    try {
      recorded = files.metadata(latest.getAsLong()).path("conf").path(SHUFFLE_PARTITIONS).asText("");
    } catch (CheckpointFiles.DamagedException e) {
      return; // requireReadable has refused a damaged file already
    }
    if (!recorded.isEmpty() && !recorded.equals(shufflePartitions)) {
      LOG.info("resuming with {} shuffle partitions recorded in the checkpoint (this run's"
          + " setting: {})", recorded, shufflePartitions);
    }
  }

  private static String readString(CheckpointFiles files, Path file) throws IOException {
    try (var in = files.fs().open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(String location, Configuration conf, JobFingerprint job)
      throws IOException {
    Path file = new Path(location, JobFingerprint.FILE);
    try (OutputStream out = file.getFileSystem(conf).create(file, true)) {
      out.write(job.json().getBytes(StandardCharsets.UTF_8));
    }
  }
}
