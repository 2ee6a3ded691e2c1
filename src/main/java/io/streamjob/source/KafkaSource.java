package io.streamjob.source;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.LONG;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;

/** Spark's Kafka source; every {@code kafka.*} option goes to the consumer as is. */
public final class KafkaSource {
  private KafkaSource() {}

  public static ComponentSpec spec() {
    return ComponentBuilder.source("kafka", "Records of Kafka topics (key, value, topic, partition, offset, timestamp).")
        .option(required("kafka.bootstrap.servers", STRING, "Kafka brokers, host:port[,host:port]"))
        .option(optional("subscribe", STRING, null, "comma-separated topics to read"))
        .option(optional("subscribePattern", STRING, null, "regular expression of topics to read"))
        .option(optional("assign", STRING, null, "JSON of topic partitions to read, e.g. {\"orders\":[0,1]}"))
        .option(optional("startingOffsets", STRING, "latest", "where a new query starts: earliest, latest, or JSON per partition"))
        .option(optional("maxOffsetsPerTrigger", LONG, null, "most records read per micro-batch"))
        .option(optional("failOnDataLoss", BOOLEAN, "true", "fail when offsets were deleted before being read"))
        .exactlyOneOf("subscribe", "subscribePattern", "assign")
        .passThrough("kafka.")
        .can(Capability.DECODES_VALUE, Capability.CONTINUOUS, Capability.REAL_TIME)
        .build();
  }
}
