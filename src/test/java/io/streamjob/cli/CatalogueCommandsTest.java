package io.streamjob.cli;

import static io.streamjob.testing.InProcessCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.component.CatalogueDocs;
import io.streamjob.testing.InProcessCli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** list, describe and docs/components.md, all rendered from the option declarations. */
class CatalogueCommandsTest {
  @Test
  void listNamesEverySourceAndSink() {
    Result r = run("list");
    assertEquals(0, r.code());
    for (String name :
        new String[] {
          "kafka",
          "rate",
          "rate-micro-batch",
          "socket",
          "json",
          "csv",
          "parquet",
          "orc",
          "text",
          "console",
          "noop",
          "memory"
        }) {
      assertTrue(r.out().contains("  " + name + " "), name);
    }
  }

  @Test
  void describeShowsEachOptionWithTypeRequiredDefaultAndDescription() {
    Result r = run("describe", "source", "kafka");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().matches("(?s).*maxOffsetsPerTrigger\\s+positive long\\s+no\\s+-\\s+most records.*"),
        r.out());
    assertTrue(r.out().matches("(?s).*kafka\\.bootstrap\\.servers\\s+string\\s+yes.*"), r.out());
    assertTrue(r.out().contains("kafka.auto.offset.reset"), r.out());
    assertTrue(r.out().contains("Exactly one of: subscribe, subscribePattern, assign."), r.out());
  }

  /**
   * The rules that live in the components' declarations (once ifs of the validator, invisible to
   * describe and the docs): each is shown by describe, in the words the docs use.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      sink jdbc     | With mode=upsert: key is required (COLUMN[,COLUMN], the columns that identify a row).
      sink jdbc     | mode=upsert only for PostgreSQL (url starting with jdbc:postgresql:).
      sink jdbc     | url starts with jdbc:, e.g. jdbc:postgresql://host:5432/db.
      sink kafka    | asyncProgressTrackingEnabled=true does not work with the available-now and once triggers.
      sink kafka    | keeps nothing in the checkpoint (a checkpoint of another sink or topic resumes into it)
      source kafka  | --dead-letter kafka:TOPIC writes through its connection
      source kafka  | A checkpoint belongs to the subscribe or subscribePattern or assign it was made with
      source kafka  | comma-separated topics to read (flag --topic)
      sink kafka    | topic to write to (default: each row's topic column) (flag --output-topic)
      source json   | A local path must exist (a glob or a remote URI is left to Spark).
      source socket | A checkpoint belongs to the host it was made with
      sink parquet  | A checkpoint belongs to the path it was made with
      sink delta    | A checkpoint belongs to the path or table it was made with
      source delta  | Sets in the Spark session (unless given): spark.sql.catalog.spark_catalog=org.apache.spark.sql.delta.catalog.DeltaCatalog, spark.sql.extensions=io.delta.sql.DeltaSparkSessionExtension.
      sink delta    | Sets in the Spark session (unless given): spark.sql.catalog.spark_catalog=
      """)
  void describeShowsTheRulesOfTheDeclaration(String component, String rule) {
    Result r = run(("describe " + component).split(" "));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(rule), r.out());
  }

  @Test
  void describeAnUnknownComponent() {
    Result r = run("describe", "sink", "parquett");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no sink named 'parquett' (did you mean 'parquet'?)"), r.err());
  }

  @Test
  void docsComponentsMdIsUpToDate() throws Exception {
    String generated = run("list", "--format", "markdown").out();
    String committed = Files.readString(Path.of("docs/components.md"));
    assertEquals(
        generated,
        committed,
        "docs/components.md is stale; regenerate it with: " + CatalogueDocs.GENERATE_COMMAND);
  }

  @Test
  void completionScriptIsGenerated() {
    Result r = run("generate-completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("complete -F"), "a bash completion script");
    assertTrue(r.out().contains("--bootstrap-servers"), "with the options of run");
  }
}
