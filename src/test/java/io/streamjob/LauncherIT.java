package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.JobFixture;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/streamjob run as a process, the way users run it, in embedded mode on the fat jar. */
class LauncherIT {
  @TempDir Path dir;
  private StreamjobProcess streamjob;

  @BeforeEach
  void inTheTestsFolder() {
    streamjob = StreamjobProcess.in(dir);
  }

  @Test
  void runsAJobToTheEndFromAnyDirectory() throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 6);
    ProcessResult r =
        streamjob.run(
            "--source",
            "json",
            "--source-option",
            "path=in",
            "--schema",
            JobFixture.ORDERS_SCHEMA,
            "--where",
            "amount >= 40",
            "--select",
            "id",
            "--select",
            "user",
            "--sink",
            "console",
            "--trigger",
            "available-now",
            "--master",
            "local[2]");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().contains("|  4|  u1|"), r.stdout());
    assertTrue(r.stdout().contains("|  6|  u0|"), r.stdout());
    assertFalse(r.stdout().contains("|  3|"), "filtered out: " + r.stdout());
    assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
    assertFalse(r.stderr().contains("multiple SLF4J"), "one logging backend: " + r.stderr());
    assertFalse(r.stderr().contains("ch.qos.logback"), "logback configured cleanly: " + r.stderr());
    assertFalse(r.stderr().contains(" INFO  o.a.spark"), "Spark INFO is off: " + r.stderr());
  }

  @Test
  void verboseShowsSparksOwnLogs() throws Exception {
    ProcessResult r =
        streamjob.run(
            "--verbose",
            "--source",
            "rate-micro-batch",
            "--source-option",
            "rowsPerBatch=5",
            "--sink",
            "noop",
            "--trigger",
            "once",
            "--master",
            "local[1]");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("INFO  o.a.spark"), r.stderr());
  }

  @Test
  void aFailingQueryExits1WithTheCauseOnOneLine() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/bad.csv"), "1,ok\nnot-a-number,x\n");
    ProcessResult r =
        streamjob.run(
            "--source",
            "csv",
            "--source-option",
            "path=in",
            "--schema",
            "id INT, name STRING",
            "--sink",
            "noop",
            "--trigger",
            "available-now",
            "--master",
            "local[1]");
    assertEquals(1, r.exitCode(), r.stderr());
    List<String> ours = r.stderr().lines().filter(l -> l.startsWith("streamjob: ")).toList();
    assertEquals(1, ours.size(), r.stderr());
    assertTrue(ours.get(0).startsWith("streamjob: query 'csv-to-noop' failed: "), ours.get(0));
    assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
  }

  @Test
  void usageErrorsExit2WithoutStartingSpark() throws Exception {
    ProcessResult r = streamjob.run("--source", "rate", "--sink", "parquet");
    assertEquals(2, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("needs option 'path'"), r.stderr());
    assertTrue(r.stderr().contains("needs --checkpoint DIR"), r.stderr());
  }

  @Test
  void sparkSubmitOptionsNeedSparkSubmit() throws Exception {
    ProcessResult r =
        streamjob.run("--deploy-mode", "cluster", "--source", "rate", "--sink", "console");
    assertEquals(2, r.exitCode(), r.stderr());
    assertTrue(
        r.stderr().contains("--deploy-mode is a spark-submit option: set SPARK_HOME"), r.stderr());
  }

  @Test
  void saysHowToBuildWhenTheJarIsMissing() throws Exception {
    ProcessResult r = streamjob.copiedTo(dir.resolve("unbuilt")).run("--version");
    assertEquals(3, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("not built yet"), r.stderr());
    assertTrue(r.stderr().contains("./mvnw -q package -DskipTests"), r.stderr());
  }
}
