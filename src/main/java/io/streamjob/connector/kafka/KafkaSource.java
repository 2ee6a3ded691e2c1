package io.streamjob.connector.kafka;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.rejected;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.DURATION;
import static io.streamjob.component.OptionType.INT;
import static io.streamjob.component.OptionType.JSON;
import static io.streamjob.component.OptionType.LONG;
import static io.streamjob.component.OptionType.OFFSETS;
import static io.streamjob.component.OptionType.POSITIVE_INT;
import static io.streamjob.component.OptionType.POSITIVE_LONG;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;

/**
 * Spark 4.2's Kafka source. Every streaming option Spark takes is declared here; any other {@code
 * kafka.*} option goes to the consumer as is, except the ones Spark refuses, which are refused here
 * first with Spark's advice.
 */
public final class KafkaSource {
  public static final String NAME = "kafka";
  public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";

  private static final String OFFSETS_ARE_SPARKS =
      "Spark tracks offsets in the checkpoint, not in Kafka;";

  private KafkaSource() {}

  public static ComponentSpec spec() {
    return ComponentBuilder.source(
            NAME,
            "Records of Kafka topics: key, value, topic, partition, offset, timestamp, timestampType (and headers).")
        .option(
            required(BOOTSTRAP_SERVERS, STRING, "Kafka brokers, host:port[,host:port]")
                .shorthand("--bootstrap-servers"))
        .option(
            optional("subscribe", STRING, null, "comma-separated topics to read")
                .shorthand("--topic"))
        .option(optional("subscribePattern", STRING, null, "regular expression of topics to read"))
        .option(
            optional(
                "assign", JSON, null, "JSON of topic partitions to read, e.g. {\"orders\":[0,1]}"))
        .option(
            optional(
                    "startingOffsets",
                    OFFSETS,
                    "latest",
                    "where a new query starts: earliest, latest, or JSON of offsets per partition; a restart resumes from the checkpoint")
                .shorthand("--starting-offsets"))
        .option(
            optional(
                "startingTimestamp",
                LONG,
                null,
                "start every partition at this time (epoch milliseconds)"))
        .option(
            optional("startingOffsetsByTimestamp", JSON, null, "JSON of start times per partition"))
        .option(
            optional(
                    "startingOffsetsByTimestampStrategy",
                    STRING,
                    "error",
                    "when no offset matches the time: error, or latest")
                .oneOf("error", "latest"))
        .option(
            optional(
                    "maxOffsetsPerTrigger",
                    POSITIVE_LONG,
                    null,
                    "most records read per micro-batch, over all partitions")
                .shorthand("--max-offsets-per-trigger"))
        .option(
            optional(
                "minOffsetsPerTrigger",
                POSITIVE_LONG,
                null,
                "fewest records that start a micro-batch (waits up to maxTriggerDelay)"))
        .option(
            optional(
                "maxTriggerDelay",
                DURATION,
                "15m",
                "longest wait for minOffsetsPerTrigger records"))
        .option(
            optional(
                "maxRecordsPerPartition",
                POSITIVE_LONG,
                null,
                "most records of one partition per Spark task; larger ranges are split"))
        .option(
            optional(
                "minPartitions",
                POSITIVE_INT,
                null,
                "fewest Spark tasks reading Kafka; partitions are split to reach it"))
        .option(
            optional(
                "failOnDataLoss",
                BOOLEAN,
                "true",
                "fail when records were deleted before being read (keep true: false skips them)"))
        .option(optional("includeHeaders", BOOLEAN, "false", "add a headers column"))
        .option(
            optional(
                "groupIdPrefix",
                STRING,
                "spark-kafka-source",
                "prefix of the consumer group ids Spark generates"))
        .option(
            optional(
                "kafkaConsumer.pollTimeoutMs",
                LONG,
                "120000",
                "poll timeout of executors' consumers, ms"))
        .option(optional("fetchOffset.numRetries", INT, "3", "retries when fetching offsets"))
        .option(
            optional("fetchOffset.retryIntervalMs", LONG, "10", "wait between those retries, ms"))
        .option(
            rejected(
                "endingOffsets",
                "a streaming query reads on; use --trigger available-now to stop at the offsets present at start"))
        .option(
            rejected(
                "endingTimestamp",
                "a streaming query reads on; use --trigger available-now to stop at the offsets present at start"))
        .option(
            rejected(
                "endingOffsetsByTimestamp",
                "a streaming query reads on; use --trigger available-now to stop at the offsets present at start"))
        .option(
            rejected(
                "kafka.auto.offset.reset",
                OFFSETS_ARE_SPARKS
                    + " set the source option 'startingOffsets' to 'earliest' or 'latest' instead (it applies when a new query starts; a restart resumes from the checkpoint)"))
        .option(rejected("kafka.enable.auto.commit", OFFSETS_ARE_SPARKS + " remove this option"))
        .option(
            rejected(
                "kafka.key.deserializer",
                "keys are always read as bytes; decode them in --select or --sql (e.g. CAST(key AS STRING))"))
        .option(
            rejected(
                "kafka.value.deserializer",
                "values are always read as bytes; decode them with --value-format json|csv|text and --schema"))
        .option(
            rejected(
                "kafka.interceptor.classes",
                "Spark reads raw bytes, which consumer interceptors cannot handle; remove this option"))
        .exactlyOneOf("subscribe", "subscribePattern", "assign")
        .notTogether(
            "kafka.group.id",
            "groupIdPrefix",
            "with a fixed group id the prefix is ignored, and queries sharing a group id steal each other's records; prefer groupIdPrefix")
        .passThrough("kafka.")
        .identifiedBy("subscribe", "subscribePattern", "assign")
        .can(
            Capability.DECODES_VALUE,
            Capability.CONTINUOUS,
            Capability.REAL_TIME,
            Capability.DEAD_LETTERS_TO_KAFKA)
        .build();
  }
}
