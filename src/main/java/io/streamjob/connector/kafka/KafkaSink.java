package io.streamjob.connector.kafka;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.rejected;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.POSITIVE_LONG;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.Rules;

/**
 * Spark's Kafka sink. Rows without a {@code value} column are encoded as JSON of their columns;
 * delivery is at least once (Spark's Kafka producer is not transactional).
 */
public final class KafkaSink {
  public static final String KEY_COLUMN = "keyColumn";
  public static final String VALUE_COLUMN = "valueColumn";
  public static final String ASYNC_PROGRESS = "asyncProgressTrackingEnabled";

  private KafkaSink() {}

  public static ComponentSpec spec() {
    return ComponentBuilder.sink(
            KafkaSource.NAME,
            "Writes rows to Kafka, at least once: value = a value column, or JSON of the row; key, topic, partition and headers columns are used when present.")
        .option(
            required(KafkaSource.BOOTSTRAP_SERVERS, STRING, "Kafka brokers, host:port[,host:port]")
                .shorthand("--bootstrap-servers"))
        .option(
            optional("topic", STRING, null, "topic to write to (default: each row's topic column)")
                .shorthand("--output-topic"))
        .option(
            optional(
                    KEY_COLUMN,
                    STRING,
                    null,
                    "column whose value (as a string) becomes the record key")
                .consumedByStreamjob())
        .option(
            optional(
                    VALUE_COLUMN,
                    STRING,
                    null,
                    "column written as the value as is, instead of JSON of the row")
                .consumedByStreamjob())
        .option(
            optional(
                ASYNC_PROGRESS,
                BOOLEAN,
                "false",
                "write the checkpoint's offsets and commits in the background instead of in every micro-batch: lower latency, not with available-now or once, stateless queries only"))
        .option(
            optional(
                "asyncProgressTrackingCheckpointIntervalMs",
                POSITIVE_LONG,
                "1000",
                "with asyncProgressTrackingEnabled: how often progress is checkpointed, ms"))
        .option(
            rejected(
                "kafka.key.serializer",
                "keys are written as bytes or strings; choose the key with keyColumn"))
        .option(
            rejected(
                "kafka.value.serializer",
                "values are written as bytes or strings; streamjob encodes rows as JSON, or writes valueColumn as is"))
        .passThrough("kafka.")
        .rule(Rules.notWithEndingTriggers(ASYNC_PROGRESS, "true"))
        .can(
            Capability.NEEDS_CHECKPOINT,
            Capability.CONTINUOUS,
            Capability.REAL_TIME,
            Capability.KEEPS_NOTHING_IN_CHECKPOINT)
        .build();
  }
}
