package io.streamjob.deadletter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Dead letters of one task in {@code DIR/batch=<id>/part-<partition>.jsonl}. The name depends only
 * on the batch and the partition, and the file appears by rename when complete: a replayed batch
 * (same offsets, same partitions) replaces its files instead of adding to them.
 */
final class FileDeadLetters implements DeadLetterWriter {
  private final FileSystem fs;
  private final Path temporary;
  private final Path target;
  private final OutputStream out;

  FileDeadLetters(String directory, Configuration conf, long batchId, int partition, long attempt)
      throws IOException {
    Path batchDir = new Path(directory, "batch=" + batchId);
    this.fs = batchDir.getFileSystem(conf);
    this.target = new Path(batchDir, String.format("part-%05d.jsonl", partition));
    this.temporary =
        new Path(batchDir, String.format(".part-%05d.jsonl.%d.tmp", partition, attempt));
    this.out = fs.create(temporary, true);
  }

  @Override
  public void write(String key, String json) throws IOException {
    out.write(json.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  @Override
  public void commit() throws IOException {
    out.close();
    fs.delete(target, false);
    if (!fs.rename(temporary, target)) {
      throw new IOException("cannot move dead letters into " + target);
    }
  }
}
