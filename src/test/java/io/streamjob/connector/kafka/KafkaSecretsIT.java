package io.streamjob.connector.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.streamjob.JsonLogsIT;
import io.streamjob.testing.ProcessResult;
import io.streamjob.testing.SparkStandaloneCluster;
import io.streamjob.testing.StreamjobProcess;
import io.streamjob.testing.WithKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SASL password given to bin/streamjob (on the command line, in the environment, in a file)
 * appears nowhere in what it prints, even with --verbose and when the connection fails.
 */
class KafkaSecretsIT extends WithKafkaBroker {
  private static final String PASSWORD = "pw-Zq81x-not-for-logs";
  private static final String JAAS =
      "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"streamjob\""
          + " password=\""
          + PASSWORD
          + "\";";

  @TempDir Path dir;

  @BeforeAll
  static void createTopic() throws Exception {
    broker.createTopic("secured", 1);
    broker.produceValues("secured", List.of("{\"id\": 1}"));
  }

  /** A job whose broker speaks PLAINTEXT while the client insists on SASL: it must fail. */
  private ProcessResult saslJob(String jaasOption, Map<String, String> env, String... more)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "--verbose",
                "--source",
                "kafka",
                "--bootstrap-servers",
                broker.bootstrapServers(),
                "--topic",
                "secured",
                "--starting-offsets",
                "earliest",
                "--source-option",
                "kafka.security.protocol=SASL_PLAINTEXT",
                "--source-option",
                "kafka.sasl.mechanism=PLAIN",
                "--source-option",
                jaasOption,
                "--source-option",
                "kafka.default.api.timeout.ms=5000",
                "--source-option",
                "kafka.request.timeout.ms=3000",
                "--source-option",
                "fetchOffset.numRetries=1",
                "--value-format",
                "json",
                "--schema",
                "id BIGINT",
                "--sink",
                "console",
                "--trigger",
                "available-now",
                "--master",
                "local[1]"));
    command.addAll(List.of(more));
    return StreamjobProcess.in(dir).withEnv(env).withTimeout(Duration.ofMinutes(4)).run(command);
  }

  private static void assertNoSecret(ProcessResult r) {
    String all = r.stdout() + r.stderr();
    assertFalse(all.contains(PASSWORD), "the password leaked:\n" + all);
    assertFalse(all.contains(JAAS), "the JAAS config leaked:\n" + all);
    assertTrue(
        r.stderr().contains("streamjob: ") || r.stderr().contains("\"exit_code\""),
        "streamjob reported the failure:\n" + r.stderr());
  }

  @Test
  void passwordOnTheCommandLine() throws Exception {
    ProcessResult r = saslJob("kafka.sasl.jaas.config=" + JAAS, Map.of());
    assertTrue(r.exitCode() == 1 || r.exitCode() == 3, "failed: " + r.exitCode() + r.stderr());
    assertTrue(r.stderr().contains("INFO"), "verbose logs were on");
    assertNoSecret(r);
  }

  @Test
  void passwordFromTheEnvironment() throws Exception {
    ProcessResult r = saslJob("kafka.sasl.jaas.config=${KAFKA_JAAS}", Map.of("KAFKA_JAAS", JAAS));
    assertTrue(r.exitCode() == 1 || r.exitCode() == 3, "failed: " + r.exitCode() + r.stderr());
    assertNoSecret(r);
  }

  /**
   * Through spark-submit, on a Spark installation as Spark ships it (log4j2 as the backend), the
   * driver's logs are masked too, verbose and in JSON.
   */
  @Test
  void passwordUnderSparkSubmitWithVerboseTextAndJsonLogs() throws Exception {
    Path sparkHome = SparkStandaloneCluster.sparkHomeWithLog4j2(dir.resolve("spark"));
    Map<String, String> submit =
        Map.of("STREAMJOB_LAUNCHER", "spark-submit", "SPARK_HOME", sparkHome.toString());
    ProcessResult text = saslJob("kafka.sasl.jaas.config=" + JAAS, submit);
    assertTrue(
        text.exitCode() == 1 || text.exitCode() == 3, "failed: " + text.exitCode() + text.stderr());
    assertTrue(
        text.stderr().contains(" INFO  o.a.s.SparkContext - "),
        "Spark's own logs, verbose:\n" + text.stderr());
    assertNoSecret(text);

    ProcessResult json = saslJob("kafka.sasl.jaas.config=" + JAAS, submit, "--log-format", "json");
    assertTrue(
        json.exitCode() == 1 || json.exitCode() == 3, "failed: " + json.exitCode() + json.stderr());
    assertNoSecret(json);
    // Before streamjob's main starts, spark-submit's JVM and Spark print their own plain lines
    // (and Spark repeats its notice when the SparkContext starts); from then on, JSON.
    String fromMain =
        json.stderr()
            .substring(Math.max(0, json.stderr().indexOf("\n{") + 1))
            .lines()
            .filter(l -> !l.startsWith("Using Spark's default log4j profile"))
            .collect(java.util.stream.Collectors.joining("\n"));
    List<JsonNode> lines = JsonLogsIT.jsonLines(fromMain);
    assertTrue(
        lines.stream().anyMatch(l -> l.get("logger").asText().startsWith("org.apache.kafka")),
        "the Kafka client's logs, verbose:\n" + json.stderr());
    // (Spark's shutdown hooks may still log after it)
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    "ERROR".equals(l.get("level").asText())
                        && l.path("exit_code").asInt() == json.exitCode()),
        "the error as JSON:\n" + json.stderr());
  }

  @Test
  void passwordFromAFileAndAUsageErrorBesideIt() throws Exception {
    Path secret = Files.writeString(dir.resolve("jaas.conf"), JAAS + "\n");
    ProcessResult r =
        StreamjobProcess.in(dir)
            .run(
                "--source",
                "kafka",
                "--bootstrap-servers",
                broker.bootstrapServers(),
                "--topic",
                "secured",
                "--source-option",
                "kafka.sasl.jaas.config=${file:" + secret + "}",
                "--source-option",
                "startingOffsets=sometime",
                "--sink",
                "console",
                "--trigger",
                "available-now",
                "--master",
                "local[1]");
    assertEquals(2, r.exitCode(), r.stderr());
    assertNoSecret(r);
  }
}
