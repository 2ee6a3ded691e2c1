package io.streamjob.connector.files;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.LIST;
import static io.streamjob.component.OptionType.LONG;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.binding.SinkBinding;
import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.OptionSpec;
import java.util.List;

/**
 * The file sinks: exactly-once files in a directory, committed through the sink's {@code
 * _spark_metadata} log; append mode only.
 */
public final class FileSinks {
  /** streamjob's own option: handed to {@code DataStreamWriter.partitionBy}, not to Spark. */
  static final String PARTITION_BY = SinkBinding.PARTITION_BY;

  private FileSinks() {}

  static final List<OptionSpec> COMMON =
      List.of(
          required("path", STRING, "output directory"),
          optional(PARTITION_BY, LIST, null, "comma-separated columns to partition the output by")
              .consumedByStreamjob(),
          optional("compression", STRING, null, "compression codec (format's default if absent)"),
          optional(
              "maxRecordsPerFile",
              LONG,
              "0",
              "most rows written to one file; more start a new file (0: no limit; default: spark.sql.files.maxRecordsPerFile)"));

  /** Date and time options of the text formats (JSON and CSV). */
  private static final List<OptionSpec> DATES =
      List.of(
          optional("dateFormat", STRING, "yyyy-MM-dd", "pattern of DATE values"),
          optional(
              "timestampFormat",
              STRING,
              "yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX]",
              "pattern of TIMESTAMP values"),
          optional(
              "timestampNTZFormat",
              STRING,
              "yyyy-MM-dd'T'HH:mm:ss[.SSS]",
              "pattern of TIMESTAMP_NTZ values"),
          optional(
              "timeZone",
              STRING,
              null,
              "time zone timestamps are written in, e.g. UTC (default: spark.sql.session.timeZone)"),
          optional("encoding", STRING, "UTF-8", "character set of the files"),
          optional("lineSep", STRING, "\\n", "line separator"));

  static List<ComponentSpec> all() {
    return List.of(
        fileSink("parquet", "Parquet files").build(),
        fileSink("orc", "ORC files").build(),
        fileSink("json", "JSON lines files")
            .options(DATES)
            .option(
                optional(
                    "ignoreNullFields",
                    BOOLEAN,
                    "true",
                    "leave null fields out (default: spark.sql.jsonGenerator.ignoreNullFields)"))
            .build(),
        fileSink("csv", "CSV files")
            .options(DATES)
            .option(optional("sep", STRING, ",", "field separator"))
            .option(optional("delimiter", STRING, ",", "another name for sep"))
            .option(optional("header", BOOLEAN, "false", "write a header line in each file"))
            .option(optional("quote", STRING, "\"", "quote character"))
            .option(
                optional(
                    "quoteAll",
                    BOOLEAN,
                    "false",
                    "quote every value, not only those containing a quote"))
            .option(optional("escape", STRING, "\\", "escape character inside quotes"))
            .option(optional("escapeQuotes", BOOLEAN, "true", "quote values that contain a quote"))
            .option(
                optional(
                    "charToEscapeQuoteEscaping",
                    STRING,
                    null,
                    "character that escapes the escape before a quote (default: escape, or \\0)"))
            .option(optional("nullValue", STRING, "", "the string written for null"))
            .option(
                optional("emptyValue", STRING, "\"\"", "the string written for an empty string"))
            .option(
                optional(
                    "ignoreLeadingWhiteSpace",
                    BOOLEAN,
                    "true",
                    "trim leading white space of values"))
            .option(
                optional(
                    "ignoreTrailingWhiteSpace",
                    BOOLEAN,
                    "true",
                    "trim trailing white space of values"))
            .build(),
        fileSink("text", "text files; the rows must have one string column")
            .option(optional("lineSep", STRING, "\\n", "line separator"))
            .build());
  }

  private static ComponentBuilder fileSink(String name, String what) {
    return ComponentBuilder.sink(
            name, "Writes " + what + " to a directory, exactly once; append mode.")
        .options(COMMON)
        .identifiedBy("path")
        .can(Capability.NEEDS_CHECKPOINT, Capability.APPEND_ONLY);
  }
}
