package io.streamjob.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.connector.Connectors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsCheckTest {
  private final Catalogue catalogue = Connectors.catalogue();

  private List<String> check(Kind kind, String name, Map<String, String> options) {
    return OptionsCheck.problems(catalogue.find(kind, name).orElseThrow(), options, "--opt");
  }

  @Test
  void validOptionsHaveNoProblem() {
    assertEquals(List.of(), check(Kind.SOURCE, "rate", Map.of("rowsPerSecond", "100")));
    assertEquals(
        List.of(), check(Kind.SOURCE, "json", Map.of("path", "/in", "maxFilesPerTrigger", "5")));
  }

  @Test
  void unknownOptionIsNamedWithSuggestionAndTheSupportedOnes() {
    List<String> problems = check(Kind.SOURCE, "rate", Map.of("rowsPerSecnd", "10"));
    assertEquals(1, problems.size());
    String p = problems.get(0);
    assertTrue(p.contains("unknown option 'rowsPerSecnd'"), p);
    assertTrue(p.contains("did you mean 'rowsPerSecond'?"), p);
    assertTrue(p.contains("supported: rowsPerSecond, rampUpTime, numPartitions"), p);
  }

  @Test
  void optionsSparkDocumentsAreAccepted() {
    assertEquals(
        List.of(),
        check(
            Kind.SOURCE,
            "json",
            Map.of("path", "/in", "timeZone", "UTC", "ignoreCorruptFiles", "true")));
    assertEquals(List.of(), check(Kind.SOURCE, "csv", Map.of("path", "/in", "maxColumns", "40")));
    assertEquals(
        List.of(),
        check(Kind.SINK, "parquet", Map.of("path", "/out", "maxRecordsPerFile", "1000")));
    assertEquals(
        List.of(), check(Kind.SINK, "delta", Map.of("path", "/t", "optimizeWrite", "true")));
  }

  @Test
  void undeclaredOptionsOfSparkFormatsGoThroughWithAWarningNamingThem() {
    ComponentSpec json = catalogue.find(Kind.SOURCE, "json").orElseThrow();
    Map<String, String> given = Map.of("path", "/in", "someNewOption", "1", "anotherOne", "x");
    assertEquals(List.of(), OptionsCheck.problems(json, given, "--opt"));
    assertEquals(
        "--opt: source 'json' does not declare 'anotherOne', 'someNewOption'; passed to"
            + " Spark as given, unchecked (Spark ignores an option it does not know)",
        OptionsCheck.warning(json, given, "--opt").orElseThrow());
    assertTrue(OptionsCheck.warning(json, Map.of("path", "/in"), "--opt").isEmpty());
  }

  @Test
  void aNameOneEditFromADeclaredOptionIsATypoNotAPassThrough() {
    for (String typo : List.of("timeZon", "TIMEZONES", "timeZome", "maxFilesPerTriger")) {
      List<String> problems = check(Kind.SOURCE, "json", Map.of("path", "/in", typo, "1"));
      assertEquals(1, problems.size(), typo + ": " + problems);
      assertTrue(
          problems.get(0).contains("unknown option '" + typo + "'")
              && problems.get(0).contains("(did you mean '"),
          problems.get(0));
      ComponentSpec json = catalogue.find(Kind.SOURCE, "json").orElseThrow();
      assertTrue(OptionsCheck.warning(json, Map.of(typo, "1"), "--opt").isEmpty(), typo);
    }
  }

  @Test
  void componentsStreamjobImplementsRefuseUndeclaredOptions() {
    List<String> problems =
        check(
            Kind.SINK,
            "jdbc",
            Map.of("url", "jdbc:postgresql://h/db", "table", "t", "isolationLevel", "NONE"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("unknown option 'isolationLevel' for sink 'jdbc'"),
        problems.get(0));
  }

  @Test
  void passThroughPrefixesStayAllowed() {
    assertEquals(
        List.of(),
        check(
            Kind.SOURCE,
            "kafka",
            Map.of(
                "kafka.bootstrap.servers",
                "h:9092",
                "subscribe",
                "t",
                "kafka.security.protocol",
                "SASL_SSL")));
  }

  @Test
  void typesRequiredOptionsAndAllowedValuesAreChecked() {
    List<String> problems =
        check(Kind.SOURCE, "json", Map.of("maxFilesPerTrigger", "many", "mode", "DROPMALFORMED"));
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.contains("'maxFilesPerTrigger'")
                        && p.contains("must be a whole number, got 'many'")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.contains("'mode'") && p.contains("must be one of FAILFAST, PERMISSIVE")),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("needs option 'path'")), problems.toString());
  }

  @Test
  void offsetsAreEarliestLatestOrJson() {
    Map<String, String> base = Map.of("kafka.bootstrap.servers", "h:1", "subscribe", "t");
    for (String ok : List.of("earliest", "LATEST", "{\"t\":{\"0\":23,\"1\":-2}}")) {
      Map<String, String> options = new java.util.HashMap<>(base);
      options.put("startingOffsets", ok);
      assertEquals(List.of(), check(Kind.SOURCE, "kafka", options), ok);
    }
    Map<String, String> bad = new java.util.HashMap<>(base);
    bad.put("startingOffsets", "{not json");
    assertEquals(1, check(Kind.SOURCE, "kafka", bad).size());
  }

  @Test
  void exactlyOneOfAGroup() {
    List<String> none = check(Kind.SOURCE, "kafka", Map.of("kafka.bootstrap.servers", "h:1"));
    assertTrue(
        none.get(0).contains("exactly one of subscribe, subscribePattern, assign (none given)"),
        none.toString());
    List<String> two =
        check(
            Kind.SOURCE,
            "kafka",
            Map.of("kafka.bootstrap.servers", "h:1", "subscribe", "a", "subscribePattern", "b.*"));
    assertTrue(two.get(0).contains("(2 given)"), two.toString());
  }

  @Test
  void secretValuesAreNeverEchoed() {
    ComponentSpec spec =
        ComponentBuilder.sink("db", "test")
            .option(OptionSpec.optional("password", OptionType.INT, null, "pw").secret())
            .build();
    List<String> problems = OptionsCheck.problems(spec, Map.of("password", "hunter2"), "--opt");
    assertEquals(1, problems.size());
    assertTrue(!problems.get(0).contains("hunter2"), problems.get(0));
  }
}
