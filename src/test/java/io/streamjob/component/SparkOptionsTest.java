package io.streamjob.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.connector.Connectors;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkOptionsTest {
  private final Catalogue catalogue = Connectors.catalogue();

  @Test
  void streamjobDefaultsAreAddedAndOwnOptionsRemoved() {
    Map<String, String> source =
        SparkOptions.of(catalogue.find(Kind.SOURCE, "json").orElseThrow(), Map.of("path", "/in"));
    assertEquals(Map.of("path", "/in", "mode", "FAILFAST"), source);

    Map<String, String> sink =
        SparkOptions.of(
            catalogue.find(Kind.SINK, "parquet").orElseThrow(),
            Map.of("path", "/out", "partitionBy", "day"));
    assertEquals(Map.of("path", "/out"), sink);
  }

  @Test
  void theUsersValueWinsOverAStreamjobDefault() {
    Map<String, String> source =
        SparkOptions.of(
            catalogue.find(Kind.SOURCE, "json").orElseThrow(),
            Map.of("path", "/in", "mode", "PERMISSIVE"));
    assertEquals("PERMISSIVE", source.get("mode"));
  }
}
