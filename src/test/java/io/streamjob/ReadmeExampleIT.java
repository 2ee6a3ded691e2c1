package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.Processes;
import io.streamjob.testing.StreamjobProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command-line job runs as written, from the repository root. */
class ReadmeExampleIT {
  private static final String DEMO_DIR = "/tmp/streamjob-demo";
  @TempDir Path dir;

  @Test
  void theFirstJobInTheReadmeRunsAsWrittenAndResumes() throws Exception {
    String command =
        firstStreamjobCommand(Files.readString(Processes.projectHome().resolve("README.md")));
    assertTrue(command.contains(DEMO_DIR), "the example writes under " + DEMO_DIR + ": " + command);
    // The command as written, with its output folder moved into this test's own folder.
    String runnable = command.replace(DEMO_DIR, dir.toString());

    ProcessResult first = run(runnable);
    assertEquals(0, first.exitCode(), first.stderr());
    assertTrue(summary(first).contains("\"input_rows\":41"), first.stdout());
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertTrue(
          files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")),
          "parquet files written");
    }

    ProcessResult again = run(runnable);
    assertEquals(0, again.exitCode(), again.stderr());
    assertTrue(
        summary(again).contains("\"input_rows\":0"), "nothing read twice: " + again.stdout());
  }

  /**
   * Runs {@code command} from the repository root; what it prints is kept in this test's folder.
   */
  private ProcessResult run(String command) throws Exception {
    return StreamjobProcess.in(dir).shell("cd '" + Processes.projectHome() + "' && " + command);
  }

  private static String summary(ProcessResult result) {
    List<String> lines = result.stdout().lines().toList();
    return lines.get(lines.size() - 1);
  }

  /** The first indented code line starting with bin/streamjob, with its continuation lines. */
  static String firstStreamjobCommand(String readme) throws IOException {
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("    bin/streamjob ")) {
        continue;
      }
      StringBuilder command = new StringBuilder();
      for (int j = i; j < lines.size(); j++) {
        String line = lines.get(j).strip();
        if (!line.endsWith("\\")) {
          return command.append(line).toString();
        }
        command.append(line, 0, line.length() - 1).append(' ');
      }
    }
    throw new AssertionError("the README has no bin/streamjob command");
  }
}
