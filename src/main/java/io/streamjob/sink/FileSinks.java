package io.streamjob.sink;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.LIST;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.OptionSpec;
import java.util.List;

/**
 * The file sinks: exactly-once files in a directory, committed through the sink's
 * {@code _spark_metadata} log; append mode only.
 */
public final class FileSinks {
  /** streamjob's own option: handed to {@code DataStreamWriter.partitionBy}, not to Spark. */
  public static final String PARTITION_BY = "partitionBy";

  private FileSinks() {}

  static final List<OptionSpec> COMMON =
      List.of(
          required("path", STRING, "output directory"),
          optional(PARTITION_BY, LIST, null, "comma-separated columns to partition the output by")
              .consumedByStreamjob(),
          optional("compression", STRING, null, "compression codec (format's default if absent)"));

  public static List<ComponentSpec> all() {
    return List.of(
        fileSink("parquet", "Parquet files").build(),
        fileSink("orc", "ORC files").build(),
        fileSink("json", "JSON lines files")
            .option(optional("timestampFormat", STRING, null, "pattern of TIMESTAMP values"))
            .option(optional("dateFormat", STRING, "yyyy-MM-dd", "pattern of DATE values"))
            .option(optional("ignoreNullFields", BOOLEAN, "true", "leave null fields out"))
            .build(),
        fileSink("csv", "CSV files")
            .option(optional("sep", STRING, ",", "field separator"))
            .option(optional("header", BOOLEAN, "false", "write a header line in each file"))
            .option(optional("quote", STRING, "\"", "quote character"))
            .option(optional("escape", STRING, "\\", "escape character inside quotes"))
            .option(optional("nullValue", STRING, "", "the string written for null"))
            .option(optional("timestampFormat", STRING, null, "pattern of TIMESTAMP values"))
            .build(),
        fileSink("text", "text files; the rows must have one string column")
            .option(optional("lineSep", STRING, "\\n", "line separator"))
            .build());
  }

  private static ComponentBuilder fileSink(String name, String what) {
    return ComponentBuilder.sink(name, "Writes " + what + " to a directory, exactly once; append mode.")
        .options(COMMON)
        .can(Capability.NEEDS_CHECKPOINT, Capability.APPEND_ONLY);
  }
}
