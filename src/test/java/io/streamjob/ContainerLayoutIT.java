package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.Processes;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image's layout, run outside a container: /opt/streamjob/{bin,lib,conf} with the fat
 * jar in lib/, and a job file mounted in a separate directory, as the Dockerfile builds it.
 */
class ContainerLayoutIT {
  @TempDir Path root;

  @Test
  void theEntrypointRunsAJobFileFromTheImageLayout() throws Exception {
    Path home = Processes.projectHome();
    Path opt = root.resolve("opt/streamjob");
    StreamjobProcess entrypoint = StreamjobProcess.in(root).copiedTo(opt);
    Files.createDirectories(opt.resolve("lib"));
    try (Stream<Path> jars = Files.list(home.resolve("target"))) {
      Path fat =
          jars.filter(p -> p.getFileName().toString().endsWith("-all.jar"))
              .findFirst()
              .orElseThrow();
      Files.createSymbolicLink(opt.resolve("lib").resolve(fat.getFileName()), fat);
    }
    copyTree(home.resolve("conf"), opt.resolve("conf"));
    Path conf = Files.createDirectories(root.resolve("conf"));
    Path data = Files.createDirectories(root.resolve("data/in"));
    Files.writeString(data.resolve("a.json"), "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3}\n");
    Files.writeString(
        conf.resolve("job.yaml"),
        """
        name: layout-check
        source: {format: json, options: {path: "%s"}, schema: "id BIGINT"}
        transform: {where: "id > 1"}
        sink: {format: console, trigger: available-now}
        spark: {master: "local[1]"}
        """
            .formatted(data));
    ProcessResult valid =
        entrypoint
            .withTimeout(Duration.ofMinutes(1))
            .run("validate", "-c", conf.resolve("job.yaml").toString());
    assertEquals(0, valid.exitCode(), valid.stderr());

    ProcessResult run = entrypoint.run("-c", conf.resolve("job.yaml").toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("|  2|") && run.stdout().contains("|  3|"), run.stdout());
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
