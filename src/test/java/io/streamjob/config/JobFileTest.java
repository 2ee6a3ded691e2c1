package io.streamjob.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.error.UsageException;
import io.streamjob.value.SecretValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileTest {
  @TempDir Path dir;

  private JobSpec read(String yaml, Map<String, String> env) throws Exception {
    Path file = Files.writeString(dir.resolve("job.yaml"), yaml);
    return JobSettings.of(JobFileReader.read(file))
        .toJobSpec(new Interpolation(env::get, new SecretValues()), new SecretValues());
  }

  @Test
  void readsEveryBlock() throws Exception {
    JobSpec job =
        read(
            """
        name: orders
        source:
          format: kafka
          options:
            kafka.bootstrap.servers: h:9092
            subscribe: orders
          value-format: json
          schema: "id BIGINT"
        transform:
          watermark: "ts=10 seconds"
          where: "id > 0"
          select: [id, "id * 2 AS twice"]
          dedup: id, ts
        sink:
          format: parquet
          options: {path: /out, partitionBy: day}
          output-mode: append
          trigger: available-now
          checkpoint: /ck
        spark:
          master: local[2]
          conf: {spark.sql.shuffle.partitions: 4}
        """,
            Map.of());
    assertEquals("orders", job.name());
    assertEquals(
        Map.of("kafka.bootstrap.servers", "h:9092", "subscribe", "orders"), job.source().options());
    assertEquals(List.of("id", "id * 2 AS twice"), job.transform().select());
    assertEquals(List.of("id", "ts"), job.transform().dedup());
    assertEquals("/ck", job.sink().checkpoint());
    assertEquals(Map.of("spark.sql.shuffle.partitions", "4"), job.spark().conf());
  }

  @Test
  void unknownKeysNameTheKeyItsLineAndTheNearestValidName() throws Exception {
    UsageException e =
        assertThrows(
            UsageException.class,
            () ->
                read(
                    """
        name: x
        source:
          format: rate
          valueformat: json
        sink:
          format: console
          trigger: once
          chekpoint: /ck
        """,
                    Map.of()));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertTrue(
        e.problems()
            .get(0)
            .contains(
                "job.yaml:4: unknown key 'source.valueformat'" + " (did you mean 'value-format'?)"),
        e.problems().get(0));
    assertTrue(
        e.problems()
            .get(1)
            .contains("job.yaml:8: unknown key 'sink.chekpoint'" + " (did you mean 'checkpoint'?)"),
        e.problems().get(1));
  }

  @Test
  void environmentReferencesWithAndWithoutDefaults() throws Exception {
    String yaml =
        """
        source: {format: rate}
        sink:
          format: parquet
          options: {path: "${OUT:-/tmp/default}/data"}
          checkpoint: ${CK}
        """;
    JobSpec job = read(yaml, Map.of("CK", "/ck"));
    assertEquals("/tmp/default/data", job.sink().options().get("path"));
    assertEquals("/ck", job.sink().checkpoint());
    assertEquals(
        "/x/data", read(yaml, Map.of("CK", "/ck", "OUT", "/x")).sink().options().get("path"));
    UsageException unset = assertThrows(UsageException.class, () -> read(yaml, Map.of()));
    assertTrue(
        unset
            .getMessage()
            .contains("job.yaml:5 (sink.checkpoint): environment variable CK" + " is not set"),
        unset.getMessage());
  }

  @Test
  void doubleDollarBraceIsALiteralDollarBrace() throws Exception {
    JobSpec job =
        read(
            """
        source: {format: rate}
        transform:
          where: "v > '$${x}' AND u = '${U}'"
        sink: {format: console}
        """,
            Map.of("U", "u1"));
    assertEquals("v > '${x}' AND u = 'u1'", job.transform().where());
  }

  @Test
  void secretsFromFilesAreRegisteredAsSecrets() throws Exception {
    Path secret = Files.writeString(dir.resolve("jaas"), "the-jaas-secret\n");
    SecretValues secrets = new SecretValues();
    Path file =
        Files.writeString(
            dir.resolve("job.yaml"),
            "source:\n  format: kafka\n  options:\n    kafka.sasl.jaas.config: ${file:"
                + secret
                + "}\n");
    JobSpec job =
        JobSettings.of(JobFileReader.read(file))
            .toJobSpec(new Interpolation(k -> null, secrets), secrets);
    assertEquals("the-jaas-secret", job.source().options().get("kafka.sasl.jaas.config"));
    assertEquals("x ***** y", secrets.scrub("x the-jaas-secret y"));
  }

  @Test
  void relativePathsAreRelativeToTheJobFilesFolder() throws Exception {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    Files.writeString(jobs.resolve("orders.ddl"), "id BIGINT");
    Files.writeString(jobs.resolve("pw"), "the-password\n");
    Path file =
        Files.writeString(
            jobs.resolve("job.yaml"),
            """
        source:
          format: json
          options: {path: in/orders, sourceArchiveDir: ../archive, maxFilesPerTrigger: "5"}
          schema: "@orders.ddl"
        sink:
          format: jdbc
          options: {url: "jdbc:postgresql://h/db", password: "${file:pw}", dbtable: t}
          checkpoint: ck
          dead-letter: ./dead
        """);
    JobSpec job =
        JobSettings.of(JobFileReader.read(file))
            .toJobSpec(new Interpolation(k -> null, new SecretValues()), new SecretValues());
    Path folder = jobs.toAbsolutePath();
    assertEquals(folder.resolve("in/orders").toString(), job.source().options().get("path"));
    assertEquals(
        dir.toAbsolutePath().resolve("archive").toString(),
        job.source().options().get("sourceArchiveDir"));
    assertEquals("5", job.source().options().get("maxFilesPerTrigger"));
    assertEquals("@" + folder.resolve("orders.ddl"), job.source().schema());
    assertEquals("the-password", job.sink().options().get("password"));
    assertEquals(folder.resolve("ck").toString(), job.sink().checkpoint());
    assertEquals(folder.resolve("dead").toString(), job.sink().deadLetter());
  }

  @Test
  void urisAbsolutePathsAndFlagsStayAsGiven() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("job.yaml"),
            """
        source:
          format: parquet
          options: {path: "s3a://bucket/in"}
        sink:
          format: parquet
          options: {path: "file:/data/out"}
          checkpoint: /abs/ck
          dead-letter: kafka:orders-dead
        """);
    JobSettings flags = JobSettings.of(Map.of());
    flags.put("source.schema", "@relative.ddl", "--schema");
    JobSpec job =
        JobSettings.of(JobFileReader.read(file))
            .overriddenBy(flags)
            .toJobSpec(new Interpolation(k -> null, new SecretValues()), new SecretValues());
    assertEquals("s3a://bucket/in", job.source().options().get("path"));
    assertEquals("file:/data/out", job.sink().options().get("path"));
    assertEquals("/abs/ck", job.sink().checkpoint());
    assertEquals("kafka:orders-dead", job.sink().deadLetter());
    assertEquals("@relative.ddl", job.source().schema());
  }

  @Test
  void flagsOverrideTheFileKeyByKey() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("job.yaml"),
            """
        source:
          format: rate
          options: {rowsPerSecond: 10, numPartitions: 2}
        sink: {format: console, trigger: once}
        """);
    JobSettings flags = JobSettings.of(Map.of());
    flags.put("source.options.rowsPerSecond", "99", "--source-option rowsPerSecond");
    flags.put("sink.trigger", "available-now", "--trigger");
    JobSpec job =
        JobSettings.of(JobFileReader.read(file))
            .overriddenBy(flags)
            .toJobSpec(new Interpolation(k -> null, new SecretValues()), new SecretValues());
    assertEquals(Map.of("rowsPerSecond", "99", "numPartitions", "2"), job.source().options());
    assertEquals("available-now", job.sink().trigger());
  }

  @Test
  void jsonFilesAndMalformedFiles() throws Exception {
    Path json =
        Files.writeString(
            dir.resolve("job.json"),
            "{\"source\": {\"format\": \"rate\"}, \"sink\": {\"format\": \"noop\"}}");
    assertEquals(
        "noop",
        JobSettings.of(JobFileReader.read(json))
            .toJobSpec(new Interpolation(k -> null, new SecretValues()), new SecretValues())
            .sink()
            .format());
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "source: [unclosed\n");
    UsageException e = assertThrows(UsageException.class, () -> JobFileReader.read(broken));
    assertTrue(e.getMessage().contains("not valid YAML or JSON"), e.getMessage());
  }

  @Test
  void deadLetterSettings() throws Exception {
    JobSpec job =
        read(
            "source: {format: rate}\n"
                + "sink: {format: noop, dead-letter: /dl, max-bad-records-ratio: 0.01}\n",
            Map.of());
    assertEquals("/dl", job.sink().deadLetter());
    assertEquals("0.01", job.sink().maxBadRecordsRatio());
  }
}
