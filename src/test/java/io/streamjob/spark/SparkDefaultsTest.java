package io.streamjob.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkDefaultsTest {
  @Test
  void localMastersGetOneShufflePartitionPerCoreAndNoUi() {
    Map<String, String> d = SparkDefaults.forMaster("local[3]", Map.of());
    assertEquals("3", d.get("spark.sql.shuffle.partitions"));
    assertEquals("false", d.get("spark.ui.enabled"));
    assertEquals(String.valueOf(Runtime.getRuntime().availableProcessors()),
        SparkDefaults.forMaster("local[*]", Map.of()).get("spark.sql.shuffle.partitions"));
    assertEquals("1", SparkDefaults.forMaster("local", Map.of()).get("spark.sql.shuffle.partitions"));
    assertEquals("4", SparkDefaults.forMaster("local[4, 2]", Map.of()).get("spark.sql.shuffle.partitions"));
  }

  @Test
  void deltaAsSourceOrSinkGetsDeltasSessionSettingsUnlessTheUserSetThem() {
    String extensions = "spark.sql.extensions";
    assertEquals("io.delta.sql.DeltaSparkSessionExtension",
        SparkDefaults.forFormats("delta", "console", Map.of()).get(extensions));
    assertEquals("io.delta.sql.DeltaSparkSessionExtension",
        SparkDefaults.forFormats("json", "delta", Map.of()).get(extensions));
    assertNull(SparkDefaults.forFormats("json", "parquet", Map.of()).get(extensions));
    assertNull(SparkDefaults.forFormats("delta", "delta", Map.of(extensions, "x")).get(extensions));
  }

  @Test
  void clusterMastersKeepSparksDefaults() {
    Map<String, String> d = SparkDefaults.forMaster("spark://host:7077", Map.of());
    assertNull(d.get("spark.sql.shuffle.partitions"));
    assertNull(d.get("spark.ui.enabled"));
    assertNull(SparkDefaults.localCores("yarn"));
  }

  @Test
  void theUsersSettingWins() {
    Map<String, String> d =
        SparkDefaults.forMaster("local[2]", Map.of("spark.sql.shuffle.partitions", "7"));
    assertFalse(d.containsKey("spark.sql.shuffle.partitions"));
  }

  @Test
  void sparksVariableSubstitutionIsOffUnlessTheUserTurnsItOn() {
    assertEquals("false", SparkDefaults.forMaster("yarn", Map.of()).get("spark.sql.variable.substitute"));
    assertFalse(SparkDefaults.forMaster("local[2]", Map.of("spark.sql.variable.substitute", "true"))
        .containsKey("spark.sql.variable.substitute"));
  }
}
