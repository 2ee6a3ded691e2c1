package io.streamjob.cli;

import static io.streamjob.testing.InProcessCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.InProcessCli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem in a job file is named by the file, line and key of the value at fault, at every stage:
 * compiling the job, its components' rules, Spark's analysis, the checks before a run.
 */
class JobFileOriginsTest {
  @TempDir Path dir;

  private Path jobFile(String yaml) throws IOException {
    Files.createDirectories(dir.resolve("in"));
    return Files.writeString(
        dir.resolve("job.yaml"), yaml.replace("IN", dir.resolve("in").toString()));
  }

  private static void assertLine(Result r, int code, String line) {
    assertEquals(code, r.code(), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("streamjob: " + line)), r.err());
  }

  @Test
  void aCombinationTheSinkRefusesNamesTheLineOfTheValue() throws IOException {
    Path job =
        jobFile(
            """
        source:
          format: rate
        sink:
          format: parquet
          options: {path: /tmp/out}
          checkpoint: /tmp/ck
          output-mode: update
        """);
    assertLine(
        run("validate", "-c", job.toString()),
        2,
        job + ":7 (sink.output-mode): sink 'parquet' writes files and supports only append");
  }

  @Test
  void aRuleOfTheConnectorNamesTheLineOfTheOption() throws IOException {
    Path job =
        jobFile(
            """
        source:
          format: rate
        sink:
          format: jdbc
          checkpoint: /tmp/ck
          options:
            url: jdbc:postgresql://localhost/db
            table: t
            mode: upsert
        """);
    assertLine(
        run("validate", "-c", job.toString()),
        2,
        job + ":9 (sink.options.mode): mode=upsert of sink 'jdbc' needs key=");
  }

  @Test
  void anOptionOfTheWrongTypeNamesItsLine() throws IOException {
    Path job =
        jobFile(
            """
        source:
          format: json
          options:
            path: IN
            maxFilesPerTrigger: many
          schema: id INT
        sink:
          format: console
        """);
    assertLine(
        run("validate", "-c", job.toString()),
        2,
        job
            + ":5 (source.options.maxFilesPerTrigger):"
            + " option 'maxFilesPerTrigger' of source 'json' must be a whole number");
  }

  @Test
  void aMissingSettingIsNamedByItsFlagAndItsKey() throws IOException {
    Path job =
        jobFile(
            """
        source:
          format: rate
        sink:
          format: parquet
          options: {path: /tmp/out}
        """);
    assertLine(
        run("validate", "-c", job.toString()),
        2,
        "--checkpoint (job file key sink.checkpoint): sink 'parquet' needs --checkpoint DIR");
  }

  @Test
  void sparksAnalysisNamesTheLineOfTheTransform() throws IOException {
    Path job =
        jobFile(
            """
        source:
          format: rate
        transform:
          where: no_such_column > 1
        sink:
          format: console
        """);
    assertLine(run("plan", "-c", job.toString()), 2, job + ":4 (transform.where): ");
  }

  @Test
  void theChecksBeforeARunNameTheLineOfTheDirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    Path ck =
        jobFile(
            """
        source:
          format: rate
        sink:
          format: console
          checkpoint: CK
          trigger: once
        """
                .replace("CK", file.resolve("ck").toString()));
    assertLine(run("run", "-c", ck.toString()), 3, ck + ":5 (sink.checkpoint): cannot write to");
  }
}
