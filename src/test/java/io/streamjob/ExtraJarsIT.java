package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.testing.CustomSourceJars;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.Processes;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --jars, --packages, --repositories, --properties-file and --name in embedded mode, through
 * bin/streamjob: a custom streaming DataSource V2 source, built here, run by its short name.
 */
class ExtraJarsIT {
  private static final int PARTITIONS = 4;
  private static final int ROWS_PER_PARTITION = 25;
  @TempDir Path dir;
  private StreamjobProcess streamjob;

  @BeforeEach
  void inTheTestsFolder() {
    streamjob = StreamjobProcess.in(dir).withTimeout(Duration.ofMinutes(4));
  }

  /** The counting source into a json sink, after the given class-path options. */
  private ProcessResult countingJob(String... classPath) throws Exception {
    List<String> args = new ArrayList<>(List.of(classPath));
    args.addAll(
        List.of(
            "--verbose",
            "--source",
            "counting",
            "--source-option",
            "partitions=" + PARTITIONS,
            "--source-option",
            "rowsPerPartition=" + ROWS_PER_PARTITION,
            "--sink",
            "json",
            "--sink-option",
            "path=out",
            "--checkpoint",
            "cp",
            "--trigger",
            "available-now",
            "--master",
            "local[2]"));
    return streamjob.run(args);
  }

  @Test
  void aCustomSourceFromJarsRunsByItsShortNameWithThePropertiesFile() throws Exception {
    Path jar = CustomSourceJars.compile(dir).allInOne(dir.resolve("counting.jar"));
    Files.writeString(
        dir.resolve("job.properties"),
        """
        spark.app.name=counting-from-file
        spark.sql.files.maxRecordsPerFile=5
        not.spark.ignored=1
        """);
    ProcessResult r =
        countingJob(
            "--jars",
            jar.toString(),
            "--properties-file",
            "job.properties",
            "--conf",
            "spark.sql.files.maxRecordsPerFile=10");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEveryRowOnce();
    // 25 rows per input partition, at most 10 per file (--conf beats the properties file): 3 files
    // each.
    assertEquals(PARTITIONS * 3, outputFiles().size(), outputFiles().toString());
    assertTrue(r.stderr().contains("Submitted application: counting-from-file"), r.stderr());
    assertFalse(r.stderr().contains("spark-submit option"), r.stderr());
  }

  @Test
  void packagesResolveWithTheirDependenciesFromTheRepositoriesGiven() throws Exception {
    Path repo = CustomSourceJars.compile(dir).repository(dir.resolve("repo"));
    ProcessResult r =
        countingJob(
            "--packages",
            CustomSourceJars.GROUP
                + ":"
                + CustomSourceJars.SOURCE_ARTIFACT
                + ":"
                + CustomSourceJars.VERSION,
            "--repositories",
            repo.toUri().toString(),
            "--conf",
            "spark.jars.ivy=" + dir.resolve("ivy"),
            "--name",
            "counting-app");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEveryRowOnce();
    assertEquals(PARTITIONS, outputFiles().size(), outputFiles().toString());
    assertTrue(r.stderr().contains("Submitted application: counting-app"), r.stderr());
    try (Stream<Path> resolved = Files.list(dir.resolve("ivy/jars"))) {
      assertEquals(2, resolved.count(), "the package and the package it depends on");
    }
  }

  @Test
  void underSparkSubmitASigtermStillStopsTheJobCleanly() throws Exception {
    Processes.Running job =
        streamjob.start(
            "--name",
            "signalled",
            "--source",
            "rate-micro-batch",
            "--source-option",
            "rowsPerBatch=5",
            "--sink",
            "noop",
            "--trigger",
            "processing-time=500ms",
            "--master",
            "local[1]");
    job.awaitStderr("batch 2:", Duration.ofMinutes(2));
    job.process().destroy(); // SIGTERM to the JVM that SparkSubmit runs the job in
    ProcessResult stopped = job.await(Duration.ofSeconds(60));
    assertEquals(0, stopped.exitCode(), stopped.stderr());
    assertTrue(stopped.stdout().contains("\"status\":\"stopped\""), stopped.stdout());
  }

  @Test
  void aPackageThatCannotBeResolvedExits3OnOneLine() throws Exception {
    Files.createDirectories(dir.resolve("repo"));
    ProcessResult r =
        streamjob.run(
            "--packages",
            "io.streamjob.example:missing:1.0",
            "--repositories",
            dir.resolve("repo").toUri().toString(),
            "--conf",
            "spark.jars.ivy=" + dir.resolve("ivy"),
            "--source",
            "rate",
            "--sink",
            "console");
    assertEquals(3, r.exitCode(), r.stderr());
    assertTrue(
        r.stderr()
            .contains(
                "streamjob: spark-submit could not prepare the job: [unresolved dependency:"
                    + " io.streamjob.example#missing;1.0: not found]"),
        r.stderr());
    assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
  }

  @Test
  void validateKnowsTheOptionsWithoutStartingSpark() throws Exception {
    Path jar = CustomSourceJars.compile(dir).allInOne(dir.resolve("counting.jar"));
    ProcessResult ok =
        streamjob.run(
            "validate",
            "--jars",
            jar.toString(),
            "--name",
            "n",
            "--source",
            "counting",
            "--sink",
            "console");
    assertEquals(0, ok.exitCode(), ok.stderr());
    assertTrue(
        ok.stderr().contains("source 'counting' is not in streamjob's catalogue"), ok.stderr());

    ProcessResult bad =
        streamjob.run(
            "validate",
            "--jars",
            "missing.jar,https://host/x.jar",
            "--packages",
            "io.streamjob:only-two",
            "--properties-file",
            "missing.properties",
            "--source",
            "counting",
            "--sink",
            "console");
    assertEquals(2, bad.exitCode(), bad.stderr());
    assertTrue(bad.stderr().contains("streamjob: --jars: missing.jar is not a file"), bad.stderr());
    assertFalse(bad.stderr().contains("x.jar"), "a URL is Spark's to fetch: " + bad.stderr());
    assertTrue(
        bad.stderr()
            .contains(
                "streamjob: --packages: 'io.streamjob:only-two' is not group:artifact:version"),
        bad.stderr());
    assertTrue(
        bad.stderr().contains("streamjob: --properties-file: missing.properties cannot be read"),
        bad.stderr());
  }

  /** Every id exactly once, each from the input partition that produces it. */
  private void assertEveryRowOnce() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<Long, Integer> partById = new TreeMap<>();
    for (Path file : outputFiles()) {
      for (String line : Files.readAllLines(file)) {
        JsonNode row = json.readTree(line);
        Integer before = partById.put(row.get("id").asLong(), row.get("part").asInt());
        assertEquals(null, before, "id " + row.get("id") + " written twice");
      }
    }
    assertEquals(PARTITIONS * ROWS_PER_PARTITION, partById.size(), partById.toString());
    partById.forEach((id, part) -> assertEquals(id / ROWS_PER_PARTITION, (long) part, "id " + id));
  }

  private List<Path> outputFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }
}
