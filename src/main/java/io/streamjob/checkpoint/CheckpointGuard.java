package io.streamjob.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.internal.SQLConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a query starts on an existing checkpoint: refuses a damaged one (nothing is deleted) and
 * one made for an incompatible job, with what changed and what to do. Then records the job the
 * checkpoint is for. All exit 3: the job is fine, the checkpoint is not usable for it.
 */
public final class CheckpointGuard {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointGuard.class);

  private CheckpointGuard() {}

  /**
   * {@code keptSettings}: this run's values of the settings Spark records in a checkpoint and
   * restores over the session's when it resumes (e.g. the shuffle partitions).
   */
  public static void check(
      String location,
      Configuration conf,
      JobFingerprint job,
      Map<String, String> keptSettings,
      boolean force) {
    try {
      CheckpointFiles files = new CheckpointFiles(location, conf);
      if (files.exists()) {
        requireReadable(location, files);
        compare(location, files, job, force);
        Map<String, String> kept = keptSettings(files, keptSettings);
        // The fingerprint says which provider holds the state: the one Spark keeps.
        String provider = kept.get(SQLConf.STATE_STORE_PROVIDER_CLASS().key());
        if (provider != null) {
          job = job.withRecorded(JobFingerprint.STATE_STORE_PROVIDER, provider);
        }
      }
      files.writeFingerprint(job);
    } catch (IOException e) {
      throw new EnvironmentException(
          "--checkpoint: cannot read '" + location + "' (" + Messages.rootCause(e) + ")", e);
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
      throw new EnvironmentException(
          "--checkpoint: "
              + location
              + ": "
              + e.getMessage()
              + ". Nothing was deleted. Restore the file from a backup; or, since batch "
              + latest.getAsLong()
              + (committed.isPresent() && committed.getAsLong() == latest.getAsLong()
                  ? " was committed, start a new checkpoint"
                  : " was not committed, move "
                      + e.file()
                      + " out of the checkpoint so that the"
                      + " batch is planned again from the previous offsets"),
          e);
    }
  }

  private static void compare(
      String location, CheckpointFiles files, JobFingerprint job, boolean force)
      throws IOException {
    Optional<JobFingerprint> recorded = files.fingerprint();
    if (recorded.isEmpty()) {
      return; // a checkpoint from before streamjob, or from a hand-written job: adopt it
    }
    List<String> changes = job.differencesFrom(recorded.get());
    if (changes.isEmpty()) {
      return;
    }
    if (force) {
      LOG.warn(
          "--force-checkpoint: resuming {} although the job changed: {}",
          location,
          String.join("; ", changes));
      return;
    }
    throw new EnvironmentException(
        "--checkpoint: "
            + location
            + " belongs to a different job: "
            + String.join("; ", changes)
            + ". Spark cannot resume it safely: give a new --checkpoint"
            + " (the job starts over, e.g. from --starting-offsets), or add --force-checkpoint if you"
            + " know the change is compatible",
        null);
  }

  /**
   * Spark resumes a query with some settings recorded in its checkpoint (the shuffle partitions its
   * state is split by, the state store provider that wrote the state) and ignores the session's:
   * says so when they differ, since the setting the user sees has no effect, and returns the
   * recorded values that differ.
   */
  private static Map<String, String> keptSettings(
      CheckpointFiles files, Map<String, String> thisRun) throws IOException {
    Map<String, String> kept = new HashMap<>();
    OptionalLong latest = files.latest("offsets");
    if (latest.isEmpty()) {
      return kept;
    }
    JsonNode recorded;
    try {
      recorded = files.metadata(latest.getAsLong()).path("conf");
    } catch (CheckpointFiles.DamagedException e) {
      return kept; // requireReadable has refused a damaged file already
    }
    thisRun.forEach(
        (key, now) -> {
          String value = recorded.path(key).asText("");
          if (!value.isEmpty() && !value.equals(now)) {
            LOG.info(
                "resuming with {}={} as recorded in the checkpoint (this run's setting, {},"
                    + " does not apply to it)",
                key,
                value,
                now);
            kept.put(key, value);
          }
        });
    return kept;
  }
}
