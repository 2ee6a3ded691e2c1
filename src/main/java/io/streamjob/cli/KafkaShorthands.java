package io.streamjob.cli;

import io.streamjob.config.JobSettings;
import io.streamjob.error.UsageException;
import io.streamjob.sink.KafkaSink;
import io.streamjob.source.KafkaSource;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Readable flags for the Kafka options users give most; each maps to one raw option. Giving a
 * shorthand and its raw option with different values is an error rather than a silent choice.
 */
public final class KafkaShorthands {
  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", order = 1,
      description = "Kafka brokers of the kafka source and/or sink (kafka.bootstrap.servers).")
  String bootstrapServers;

  @Option(names = "--topic", paramLabel = "TOPICS", order = 2,
      description = "Topics the kafka source reads, comma-separated (subscribe).")
  String topic;

  @Option(names = "--starting-offsets", paramLabel = "WHERE", order = 3,
      description = "Where a new kafka query starts: earliest, latest or JSON (startingOffsets).")
  String startingOffsets;

  @Option(names = "--max-offsets-per-trigger", paramLabel = "N", order = 4,
      description = "Most Kafka records per micro-batch (maxOffsetsPerTrigger).")
  String maxOffsetsPerTrigger;

  @Option(names = "--output-topic", paramLabel = "TOPIC", order = 5,
      description = "Topic the kafka sink writes to (topic).")
  String outputTopic;

  /** Adds the raw options these shorthands stand for to the job's settings. */
  void addTo(JobSettings settings) {
    boolean kafkaSource = KafkaSource.NAME.equalsIgnoreCase(settings.raw("source.format"));
    boolean kafkaSink = KafkaSink.NAME.equalsIgnoreCase(settings.raw("sink.format"));
    List<String> problems = new ArrayList<>();
    if (bootstrapServers != null && !kafkaSource && !kafkaSink) {
      problems.add("--bootstrap-servers: neither the source nor the sink is kafka");
    }
    if (kafkaSource) {
      put(settings, "source.options." + KafkaSource.BOOTSTRAP_SERVERS, bootstrapServers,
          "--bootstrap-servers", problems);
    }
    if (kafkaSink) {
      put(settings, "sink.options." + KafkaSource.BOOTSTRAP_SERVERS, bootstrapServers,
          "--bootstrap-servers", problems);
    }
    sourceOnly(kafkaSource, settings, "subscribe", topic, "--topic", problems);
    sourceOnly(kafkaSource, settings, "startingOffsets", startingOffsets, "--starting-offsets",
        problems);
    sourceOnly(kafkaSource, settings, "maxOffsetsPerTrigger", maxOffsetsPerTrigger,
        "--max-offsets-per-trigger", problems);
    if (outputTopic != null && !kafkaSink) {
      problems.add("--output-topic: the sink is not kafka");
    } else if (kafkaSink) {
      put(settings, "sink.options.topic", outputTopic, "--output-topic", problems);
    }
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
  }

  private static void sourceOnly(boolean kafkaSource, JobSettings settings, String option,
      String value, String flag, List<String> problems) {
    if (value != null && !kafkaSource) {
      problems.add(flag + ": the source is not kafka");
    } else if (kafkaSource) {
      put(settings, "source.options." + option, value, flag, problems);
    }
  }

  private static void put(JobSettings settings, String key, String value, String flag,
      List<String> problems) {
    if (value == null) {
      return;
    }
    String raw = settings.raw(key);
    String option = key.substring(key.indexOf(".options.") + ".options.".length());
    if (raw != null && !raw.equals(value)) {
      problems.add(flag + " and option " + option + " disagree; give only one of them");
    }
    settings.put(key, value, flag);
  }
}
