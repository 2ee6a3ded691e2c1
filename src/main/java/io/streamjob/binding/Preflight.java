package io.streamjob.binding;

import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks before the query starts that the directories it will write to can be written, so a job
 * fails with exit 3 before reading any data rather than after its first batch.
 */
public final class Preflight {
  private final Configuration hadoopConf;

  public Preflight(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public void requireWritable(String option, String dir) {
    try {
      Path path = new Path(dir);
      FileSystem fs = path.getFileSystem(hadoopConf);
      if (!fs.mkdirs(path)) {
        throw new IOException("cannot create the directory");
      }
      Path probe = new Path(path, ".streamjob-write-check-" + UUID.randomUUID());
      fs.create(probe, false).close();
      fs.delete(probe, false);
    } catch (IOException | RuntimeException e) {
      throw new EnvironmentException(
          option
              + ": cannot write to '"
              + dir
              + "' ("
              + Messages.rootCause(e)
              + "); give a directory streamjob can create and write",
          e);
    }
  }
}
