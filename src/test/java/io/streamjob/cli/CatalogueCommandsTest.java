package io.streamjob.cli;

import static io.streamjob.testing.InProcessCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.component.CatalogueDocs;
import io.streamjob.testing.InProcessCli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** list, describe and docs/components.md, all rendered from the option declarations. */
class CatalogueCommandsTest {
  @Test
  void listNamesEverySourceAndSink() {
    Result r = run("list");
    assertEquals(0, r.code());
    for (String name : new String[] {"kafka", "rate", "rate-micro-batch", "socket", "json", "csv",
        "parquet", "orc", "text", "console", "noop", "memory"}) {
      assertTrue(r.out().contains("  " + name + " "), name);
    }
  }

  @Test
  void describeShowsEachOptionWithTypeRequiredDefaultAndDescription() {
    Result r = run("describe", "source", "kafka");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*maxOffsetsPerTrigger\\s+positive long\\s+no\\s+-\\s+most records.*"),
        r.out());
    assertTrue(r.out().matches("(?s).*kafka\\.bootstrap\\.servers\\s+string\\s+yes.*"), r.out());
    assertTrue(r.out().contains("kafka.auto.offset.reset"), r.out());
    assertTrue(r.out().contains("Exactly one of: subscribe, subscribePattern, assign."), r.out());
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
    assertEquals(generated, committed,
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
