package io.streamjob.connector.console;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.INT;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;

/** Spark's built-in sinks for looking at a stream and measuring it. */
final class ConsoleSinks {
  private ConsoleSinks() {}

  static ComponentSpec console() {
    return ComponentBuilder.sink(
            "console", "Prints each micro-batch as a table on standard output.")
        .option(optional("numRows", INT, "20", "rows printed per batch"))
        .option(optional("truncate", BOOLEAN, "true", "cut long values to 20 characters"))
        .can(Capability.CONTINUOUS, Capability.REAL_TIME)
        .build();
  }

  static ComponentSpec noop() {
    return ComponentBuilder.sink("noop", "Reads every row and discards it; for measuring.").build();
  }

  static ComponentSpec memory() {
    return ComponentBuilder.sink(
            "memory", "An in-memory table named after --query-name; for tests and small debugging.")
        .can(Capability.NEEDS_QUERY_NAME, Capability.CONTINUOUS, Capability.REAL_TIME)
        .build();
  }
}
