package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.JobFixture;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.SparkStandaloneCluster;
import io.streamjob.testing.StreamjobProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cluster mode: bin/streamjob hands the thin jar to spark-submit, which runs it against a real
 * standalone master and worker; the worker's executors do the work.
 */
class SparkSubmitIT {
  @TempDir Path dir;

  @Test
  void thinJarRunsOnAStandaloneClusterThroughTheLauncher() throws Exception {
    JobFixture.writeOrders(dir.resolve("in"), "a.json", 1, 40);
    JobFixture.writeOrders(dir.resolve("in"), "b.json", 41, 80);
    Files.writeString(dir.resolve("job.properties"), "spark.sql.files.maxRecordsPerFile=5\n");
    try (SparkStandaloneCluster cluster = SparkStandaloneCluster.start(dir.resolve("cluster"))) {
      // A machine with Spark installed: the launcher finds SPARK_HOME and picks spark-submit.
      ProcessResult r =
          StreamjobProcess.in(dir)
              .withEnv("SPARK_HOME", cluster.sparkHome().toString())
              .withoutEnv("STREAMJOB_LAUNCHER")
              .withTimeout(Duration.ofMinutes(4))
              .run(
                  "--master",
                  cluster.masterUrl(),
                  "--conf",
                  "spark.driver.host=127.0.0.1",
                  // spark-submit's own options: taken by the launcher, never seen by the job
                  "--deploy-mode",
                  "client",
                  "--executor-memory",
                  "512m",
                  "--files",
                  dir.resolve("in/a.json").toString(),
                  "--name",
                  "orders-on-a-cluster",
                  "--properties-file",
                  dir.resolve("job.properties").toString(),
                  // quotes and spaces survive spark-submit's argument handling
                  "--where",
                  "user <> 'it''s \"quoted\"'",
                  "--source",
                  "json",
                  "--source-option",
                  "path=" + dir.resolve("in"),
                  "--schema",
                  JobFixture.ORDERS_SCHEMA,
                  "--sql",
                  "SELECT id, upper(user) AS user FROM events WHERE id % 2 = 0",
                  "--sink",
                  "parquet",
                  "--sink-option",
                  "path=" + dir.resolve("out"),
                  "--checkpoint",
                  dir.resolve("checkpoint").toString(),
                  "--trigger",
                  "available-now");
      assertEquals(0, r.exitCode(), r.stderr());
    }
    // The worker ran an executor for the application: the work was done on the cluster.
    try (var apps = Files.list(dir.resolve("cluster/worker"))) {
      assertTrue(
          apps.anyMatch(p -> p.getFileName().toString().startsWith("app-")),
          "an application directory on the worker");
    }
    SparkSession spark =
        SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    try {
      List<Long> ids =
          spark
              .read()
              .parquet(dir.resolve("out").toString())
              .select("id")
              .orderBy("id")
              .collectAsList()
              .stream()
              .map(row -> row.getLong(0))
              .toList();
      assertEquals(LongStream.rangeClosed(1, 40).map(i -> i * 2).boxed().toList(), ids);
      // At most 5 rows a file: spark-submit applied the properties file.
      try (var files = Files.list(dir.resolve("out"))) {
        assertTrue(files.filter(p -> p.toString().endsWith(".parquet")).count() >= 8);
      }
      assertEquals(
          List.of("U0", "U1", "U2"),
          spark
              .read()
              .parquet(dir.resolve("out").toString())
              .select("user")
              .distinct()
              .orderBy("user")
              .collectAsList()
              .stream()
              .map(row -> row.getString(0))
              .toList());
    } finally {
      spark.stop();
    }
  }
}
