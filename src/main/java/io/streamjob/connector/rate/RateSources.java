package io.streamjob.connector.rate;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.DURATION;
import static io.streamjob.component.OptionType.INT;
import static io.streamjob.component.OptionType.LONG;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;

/** Spark's built-in sources for trying jobs out: generated rows, and lines from a socket. */
final class RateSources {
  private RateSources() {}

  static ComponentSpec rate() {
    return ComponentBuilder.source(
            "rate", "Generated rows (timestamp, value) at a steady rate; for trying jobs out.")
        .option(optional("rowsPerSecond", LONG, "1", "rows generated per second"))
        .option(optional("rampUpTime", DURATION, "0s", "time to ramp up to rowsPerSecond"))
        .option(
            optional(
                "numPartitions",
                INT,
                null,
                "partitions of the generated rows (default: Spark's default parallelism)"))
        .can(Capability.CONTINUOUS)
        .build();
  }

  static ComponentSpec rateMicroBatch() {
    return ComponentBuilder.source(
            "rate-micro-batch",
            "Generated rows (timestamp, value), a fixed number per micro-batch; deterministic.")
        .option(required("rowsPerBatch", LONG, "rows generated in each micro-batch"))
        .option(
            optional(
                "numPartitions",
                INT,
                null,
                "partitions of the generated rows (default: Spark's default parallelism)"))
        .option(
            optional(
                "startTimestamp",
                LONG,
                "0",
                "event time of the first batch, in epoch milliseconds"))
        .option(
            optional(
                "advanceMillisPerBatch",
                LONG,
                "1000",
                "event time advanced per batch, in milliseconds"))
        .build();
  }

  static ComponentSpec socket() {
    return ComponentBuilder.source(
            "socket",
            "Lines of text read from a TCP socket (column value); for testing only, not fault-tolerant.")
        .option(required("host", STRING, "host to connect to"))
        .option(required("port", INT, "port to connect to"))
        .option(
            optional(
                "includeTimestamp",
                BOOLEAN,
                "false",
                "add a timestamp column with the arrival time"))
        .identifiedBy("host")
        .can(Capability.DECODES_VALUE)
        .build();
  }
}
