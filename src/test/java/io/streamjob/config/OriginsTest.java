package io.streamjob.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.streamjob.cli.StreamJobCommand;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** A setting not given is named by its flag: every job-file key has one, and run takes it. */
class OriginsTest {
  @Test
  void everyJobFileKeyIsNamedByAnOptionOfRun() {
    CommandSpec run =
        new CommandLine(new StreamJobCommand()).getSubcommands().get("run").getCommandSpec();
    for (String block : JobFileShape.keysOf("")) {
      List<String> keys =
          JobFileShape.BLOCKS.containsKey(block)
              ? JobFileShape.keysOf(block).stream().map(k -> block + "." + k).toList()
              : List.of(block);
      for (String key : keys) {
        String setting = JobFileShape.FREE_MAPS.contains(key) ? key + ".some-name" : key;
        String flag = Origins.flag(setting).split(" ")[0];
        assertNotNull(
            run.findOption(flag), setting + " is named " + flag + ", not an option of run");
      }
    }
  }

  @Test
  void aSettingGivenInAJobFileIsNamedByItsLineAndKey() {
    JobSettings settings =
        JobSettings.of(
            java.util.Map.of(
                "sink.trigger",
                new Setting("once", "job.yaml:9 (sink.trigger)", java.nio.file.Path.of("."))));
    assertEquals("job.yaml:9 (sink.trigger)", settings.origins().of("sink.trigger"));
    assertEquals(
        "--checkpoint (job file key sink.checkpoint)", settings.origins().of("sink.checkpoint"));
    assertEquals("--sink-option path", Origins.flags().of("sink.options.path"));
  }
}
