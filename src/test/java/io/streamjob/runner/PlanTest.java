package io.streamjob.runner;

import static io.streamjob.testing.InProcessCli.runLocal;
import static io.streamjob.testing.JobFixture.ORDERS_SCHEMA;
import static io.streamjob.testing.JobFixture.writeOrders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamjob.testing.InProcessCli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan: the resolved job and Spark's plan, on a local session, without starting a query. */
class PlanTest {
  @TempDir Path dir;

  @Test
  void printsTheResolvedJobAndSparksPlanWithoutStartingAQuery() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    int activeBefore =
        SparkSession.getDefaultSession().isDefined()
            ? SparkSession.getDefaultSession().get().streams().active().length
            : 0;
    Result r =
        runLocal(
            "plan",
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--where",
            "amount > 10",
            "--sink",
            "parquet",
            "--sink-option",
            "path=" + dir.resolve("out"),
            "--checkpoint",
            dir.resolve("ck").toString(),
            "--trigger",
            "available-now");
    assertEquals(0, r.code(), r.err());
    String json = r.out().substring(r.out().indexOf('{'), r.out().indexOf("\n}\n") + 2);
    JsonNode job = new ObjectMapper().readTree(json);
    assertEquals("FAILFAST", job.at("/source/options/mode").asText(), "streamjob's default shown");
    assertEquals("2", job.at("/spark/conf/spark.sql.shuffle.partitions").asText());
    assertEquals("amount > 10", job.at("/transform/where").asText());
    assertTrue(r.out().contains("== Analyzed Logical Plan =="), r.out());
    assertTrue(r.out().contains("== Physical Plan =="), r.out());
    assertTrue(r.out().contains("(amount#"), r.out());
    assertEquals(activeBefore, SparkSession.active().streams().active().length, "no query started");
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void showsTheStatefulOperatorsOfAStreamingAggregation() {
    Result r = runLocal("plan", "-c", "conf/examples/orders-per-minute.yaml");
    assertEquals(0, r.code(), r.err());
    String physical = r.out().substring(r.out().indexOf("== Physical Plan =="));
    assertTrue(physical.contains("StateStoreSave [user#"), physical);
    assertTrue(physical.contains("StateStoreRestore [user#"), physical);
    assertTrue(physical.contains("Exchange hashpartitioning(user#"), physical);
    assertTrue(physical.contains("count(1)"), physical);
    assertTrue(physical.contains("sum(amount#"), physical);
    assertTrue(physical.contains("EventTimeWatermark"), physical);
    assertTrue(physical.contains(": timestamp, 30 seconds"), physical);
    assertTrue(physical.contains("numPartitions = 2"), "the job's shuffle partitions: " + physical);
    assertFalse(r.out().contains("writeStream.start()"), r.out());
  }

  @Test
  void showsTheJoinOfAStreamWithAStaticTableAndWritesNothingToTheCheckpoint() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Files.writeString(
        Files.createDirectories(dir.resolve("users")).resolve("u.json"),
        "{\"user\": \"u1\", \"tier\": \"gold\"}\n{\"user\": \"u2\", \"tier\": \"silver\"}\n");
    Result r =
        runLocal(
            "plan",
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--sql",
            "SELECT e.id, e.amount, u.tier FROM events e"
                + " JOIN json.`"
                + dir.resolve("users")
                + "` u ON e.user = u.user",
            "--sink",
            "parquet",
            "--sink-option",
            "path=" + dir.resolve("out"),
            "--checkpoint",
            dir.resolve("ck").toString());
    assertEquals(0, r.code(), r.err());
    String physical = r.out().substring(r.out().indexOf("== Physical Plan =="));
    assertTrue(physical.contains("BroadcastHashJoin [user#"), physical);
    assertTrue(physical.contains("StreamingRelation FileSource[" + dir.resolve("in")), physical);
    assertFalse(
        physical.contains("AdaptiveSparkPlan"), "a streaming query runs without: " + physical);
    assertTrue(physical.contains("tier#"), physical);
    assertFalse(Files.exists(dir.resolve("ck")), "nothing written to the checkpoint");
    assertFalse(Files.exists(dir.resolve("out")), "nothing written to the sink");
  }

  @Test
  void showsTheStateOfAJoinOfTwoStreams() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r =
        runLocal(
            "plan",
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--sql",
            "SELECT a.id, b.amount FROM events a" + " JOIN events b ON a.id = b.id",
            "--sink",
            "console");
    assertEquals(0, r.code(), r.err());
    String physical = r.out().substring(r.out().indexOf("== Physical Plan =="));
    assertTrue(physical.contains("StreamingSymmetricHashJoin [id#"), physical);
    assertTrue(physical.contains("Exchange hashpartitioning(id#"), physical);
  }

  @Test
  void analysisErrorsAreUsageErrors() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r =
        runLocal(
            "plan",
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--sql",
            "SELECT nope FROM events",
            "--sink",
            "console");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("streamjob: --sql: [UNRESOLVED_COLUMN"), r.err());
  }

  @Test
  void aQuerySparkWouldNotStartIsAUsageErrorAsInRun() throws Exception {
    writeOrders(dir.resolve("in"), "a.json", 1, 3);
    Result r =
        runLocal(
            "plan",
            "--source",
            "json",
            "--source-option",
            "path=" + dir.resolve("in"),
            "--schema",
            ORDERS_SCHEMA,
            "--sql",
            "SELECT user, count(*) AS n FROM events GROUP BY user",
            "--output-mode",
            "append",
            "--sink",
            "console");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("streamjob: the query cannot run: "), r.err());
    assertTrue(r.err().contains("add a --watermark"), r.err());
  }

  @Test
  void secretsAreMaskedInThePlan() {
    String password = "plan-Secret-931";
    String jaas =
        "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"u\" password=\""
            + password
            + "\";";
    Result r =
        runLocal(
            "plan",
            "--source",
            "kafka",
            "--bootstrap-servers",
            "127.0.0.1:9",
            "--topic",
            "t",
            "--source-option",
            "kafka.sasl.jaas.config=" + jaas,
            "--source-option",
            "kafka.security.protocol=SASL_SSL",
            "--conf",
            "spark.hadoop.fs.s3a.secret.key=s3-Secret-7712",
            "--sink",
            "console");
    assertEquals(0, r.code(), r.err());
    String all = r.out() + r.err();
    assertFalse(all.contains(password), all);
    assertFalse(all.contains("s3-Secret-7712"), all);
    assertTrue(r.out().contains("\"kafka.sasl.jaas.config\" : \"*****\""), r.out());
    assertTrue(r.out().contains("StreamingRelation"), r.out());
  }
}
