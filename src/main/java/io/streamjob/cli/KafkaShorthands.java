package io.streamjob.cli;

import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.component.OptionSpec;
import io.streamjob.config.JobSettings;
import io.streamjob.error.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Readable flags for the Kafka options users give most; each stands for the option whose
 * declaration names it (see {@link OptionSpec#shorthand}). Giving a shorthand and its raw option
 * with different values is an error rather than a silent choice.
 */
public final class KafkaShorthands {
  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,...",
      order = 1,
      description = "Kafka brokers of the kafka source and/or sink (kafka.bootstrap.servers).")
  String bootstrapServers;

  @Option(
      names = "--topic",
      paramLabel = "TOPICS",
      order = 2,
      description = "Topics the kafka source reads, comma-separated (subscribe).")
  String topic;

  @Option(
      names = "--starting-offsets",
      paramLabel = "WHERE",
      order = 3,
      description = "Where a new kafka query starts: earliest, latest or JSON (startingOffsets).")
  String startingOffsets;

  @Option(
      names = "--max-offsets-per-trigger",
      paramLabel = "N",
      order = 4,
      description = "Most Kafka records per micro-batch (maxOffsetsPerTrigger).")
  String maxOffsetsPerTrigger;

  @Option(
      names = "--output-topic",
      paramLabel = "TOPIC",
      order = 5,
      description = "Topic the kafka sink writes to (topic).")
  String outputTopic;

  /**
   * Adds the options these shorthands stand for to the job's settings: each is an option of the
   * source or the sink whose declaration names the flag.
   */
  void addTo(JobSettings settings, Catalogue catalogue) {
    Optional<ComponentSpec> source = catalogue.find(Kind.SOURCE, settings.raw("source.format"));
    Optional<ComponentSpec> sink = catalogue.find(Kind.SINK, settings.raw("sink.format"));
    List<String> problems = new ArrayList<>();
    Map<String, String> given = new LinkedHashMap<>();
    given.put("--bootstrap-servers", bootstrapServers);
    given.put("--topic", topic);
    given.put("--starting-offsets", startingOffsets);
    given.put("--max-offsets-per-trigger", maxOffsetsPerTrigger);
    given.put("--output-topic", outputTopic);
    given.forEach(
        (flag, value) -> {
          if (value == null) {
            return;
          }
          Optional<OptionSpec> forSource = source.flatMap(s -> s.optionForShorthand(flag));
          Optional<OptionSpec> forSink = sink.flatMap(s -> s.optionForShorthand(flag));
          forSource.ifPresent(
              o -> put(settings, "source.options." + o.name(), value, flag, problems));
          forSink.ifPresent(o -> put(settings, "sink.options." + o.name(), value, flag, problems));
          if (forSource.isEmpty() && forSink.isEmpty()) {
            problems.add(
                flag
                    + ": neither the source nor the sink takes it (it is an option of "
                    + String.join(", ", takers(catalogue, flag))
                    + ")");
          }
        });
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
  }

  /** The components that take {@code flag}, e.g. "source kafka". */
  private static List<String> takers(Catalogue catalogue, String flag) {
    List<String> takers = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      catalogue.all(kind).stream()
          .filter(c -> c.optionForShorthand(flag).isPresent())
          .forEach(c -> takers.add(kind.label() + " " + c.name()));
    }
    return takers;
  }

  private static void put(
      JobSettings settings, String key, String value, String flag, List<String> problems) {
    String raw = settings.raw(key);
    String option = key.substring(key.indexOf(".options.") + ".options.".length());
    if (raw != null && !raw.equals(value)) {
      problems.add(flag + " and option " + option + " disagree; give only one of them");
    }
    settings.put(key, value, flag);
  }
}
