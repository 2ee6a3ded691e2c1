package io.streamjob.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFilesTest {
  @TempDir Path dir;

  @Test
  void theLatestBatchIgnoresFilesThatAreNotBatchesAsSparkDoes() throws Exception {
    Path offsets = Files.createDirectories(dir.resolve("offsets"));
    for (String name : new String[] {"0", "1", "99999999999999999999", ".1.crc", "2.tmp"}) {
      Files.writeString(offsets.resolve(name), "");
    }
    CheckpointFiles files = new CheckpointFiles(dir.toString(), new Configuration());
    assertEquals(OptionalLong.of(1), files.latest("offsets"));
    assertEquals(OptionalLong.empty(), files.latest("commits"));
  }
}
