package io.streamjob.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.config.Origins;
import io.streamjob.connector.Connectors;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import io.streamjob.plan.SourcePlan;
import io.streamjob.plan.SparkPlan;
import io.streamjob.plan.TransformPlan;
import io.streamjob.value.OutputMode;
import io.streamjob.value.TriggerSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkDefaultsTest {
  @Test
  void localMastersGetOneShufflePartitionPerCoreAndNoUi() {
    Map<String, String> d = SparkDefaults.forMaster("local[3]", Map.of());
    assertEquals("3", d.get("spark.sql.shuffle.partitions"));
    assertEquals("false", d.get("spark.ui.enabled"));
    assertEquals(
        String.valueOf(Runtime.getRuntime().availableProcessors()),
        SparkDefaults.forMaster("local[*]", Map.of()).get("spark.sql.shuffle.partitions"));
    assertEquals(
        "1", SparkDefaults.forMaster("local", Map.of()).get("spark.sql.shuffle.partitions"));
    assertEquals(
        "4", SparkDefaults.forMaster("local[4, 2]", Map.of()).get("spark.sql.shuffle.partitions"));
  }

  @Test
  void deltaAsSourceOrSinkGetsDeltasSessionSettingsUnlessTheUserSetThem() {
    String extensions = "spark.sql.extensions";
    assertEquals(
        "io.delta.sql.DeltaSparkSessionExtension",
        SparkDefaults.forComponents(job("delta", "console"), Map.of()).get(extensions));
    assertEquals(
        "io.delta.sql.DeltaSparkSessionExtension",
        SparkDefaults.forComponents(job("json", "delta"), Map.of()).get(extensions));
    assertNull(SparkDefaults.forComponents(job("json", "parquet"), Map.of()).get(extensions));
    assertNull(
        SparkDefaults.forComponents(job("delta", "delta"), Map.of(extensions, "x"))
            .get(extensions));
  }

  /** A plan from {@code source} to {@code sink}: only the components matter here. */
  private static JobPlan job(String source, String sink) {
    Catalogue catalogue = Connectors.catalogue();
    return new JobPlan(
        null,
        List.of(
            new SourcePlan(
                catalogue.find(Kind.SOURCE, source).orElseThrow(),
                Map.of(),
                null,
                null,
                Origins.flags())),
        new TransformPlan(null, null, List.of(), null, List.of(), Origins.flags()),
        List.of(
            new SinkPlan(
                catalogue.find(Kind.SINK, sink).orElseThrow(),
                Map.of(),
                OutputMode.APPEND,
                TriggerSpec.parse(null),
                null,
                null,
                null,
                Origins.flags())),
        new SparkPlan(null, Map.of()));
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
    assertEquals(
        "false", SparkDefaults.forMaster("yarn", Map.of()).get("spark.sql.variable.substitute"));
    assertFalse(
        SparkDefaults.forMaster("local[2]", Map.of("spark.sql.variable.substitute", "true"))
            .containsKey("spark.sql.variable.substitute"));
  }
}
