package io.streamjob.connector.files;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.rejected;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.DURATION;
import static io.streamjob.component.OptionType.INT;
import static io.streamjob.component.OptionType.POSITIVE_INT;
import static io.streamjob.component.OptionType.POSITIVE_LONG;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.OptionSpec;
import io.streamjob.component.Rules;
import java.util.List;

/** The file sources: new files appearing in a directory, read in the order they arrive. */
public final class FileSources {
  private FileSources() {}

  private static final String NOT_STREAMING =
      "Spark's streaming file sources do not filter by modification time; use maxFileAge to skip"
          + " old files, or pathGlobFilter";

  /**
   * Options every file source takes: Spark's streaming file source options and its generic file
   * source options.
   */
  static final List<OptionSpec> COMMON =
      List.of(
          required("path", STRING, "directory (or glob) to watch for new files"),
          optional("maxFilesPerTrigger", POSITIVE_INT, null, "most new files read per micro-batch"),
          optional(
              "maxBytesPerTrigger",
              POSITIVE_LONG,
              null,
              "about this many bytes of new files per micro-batch (a soft limit)"),
          optional("latestFirst", BOOLEAN, "false", "read the newest files first"),
          optional("fileNameOnly", BOOLEAN, "false", "track files by name only, not full path"),
          optional(
              "maxFileAge", DURATION, "7d", "ignore files older than this relative to the newest"),
          optional("cleanSource", STRING, "off", "what to do with files once read")
              .oneOf("off", "archive", "delete"),
          optional("sourceArchiveDir", STRING, null, "where cleanSource=archive moves files"),
          optional("pathGlobFilter", STRING, null, "only files whose names match this glob"),
          optional(
              "recursiveFileLookup",
              BOOLEAN,
              "false",
              "also read files in subdirectories (partition columns are then not inferred)"),
          optional(
              "ignoreCorruptFiles",
              BOOLEAN,
              "false",
              "skip files that cannot be read, keeping what was read of them (default: spark.sql.files.ignoreCorruptFiles)"),
          optional(
              "ignoreMissingFiles",
              BOOLEAN,
              "false",
              "skip files deleted after they were listed (default: spark.sql.files.ignoreMissingFiles)"),
          rejected("modifiedBefore", NOT_STREAMING),
          rejected("modifiedAfter", NOT_STREAMING));

  /** Date and time options of the text formats (JSON and CSV). */
  static final List<OptionSpec> DATES =
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
              "time zone of timestamps without one, e.g. UTC or Europe/Paris (default: spark.sql.session.timeZone)"),
          optional(
              "enableDateTimeParsingFallback",
              BOOLEAN,
              null,
              "when a value does not match the pattern, try Spark's older parsing rules (default: on unless a pattern is given)"));

  /**
   * Malformed records stop the job instead of silently becoming nulls (Spark's default,
   * PERMISSIVE); DROPMALFORMED is not offered because it loses records without a trace.
   */
  static final OptionSpec PARSE_MODE =
      optional(
              "mode",
              STRING,
              "FAILFAST",
              "what a malformed record does: FAILFAST stops the job, PERMISSIVE turns it into nulls")
          .oneOf("FAILFAST", "PERMISSIVE")
          .setByStreamjob();

  static final List<OptionSpec> TEXT_PARSING =
      List.of(
          PARSE_MODE,
          optional("multiLine", BOOLEAN, "false", "a record may span several lines"),
          optional("encoding", STRING, "UTF-8", "character set of the files"),
          optional("lineSep", STRING, null, "line separator (default: \\r, \\r\\n and \\n)"),
          optional(
              "locale", STRING, "en-US", "locale for parsing dates and numbers (IETF BCP 47 tag)"),
          optional(
              "columnNameOfCorruptRecord",
              STRING,
              null,
              "column holding malformed records in PERMISSIVE mode (default: spark.sql.columnNameOfCorruptRecord)"),
          optional(
              "samplingRatio",
              STRING,
              "1.0",
              "share of records read to infer a schema (streamjob takes the schema from --schema)"));

  static List<ComponentSpec> all() {
    return List.of(json(), csv(), parquet(), orc(), text());
  }

  /** A file source: the options and rules every one has. */
  private static ComponentBuilder fileSource(String name, String description) {
    return ComponentBuilder.source(name, description)
        .options(COMMON)
        .rule(Rules.existingLocalFolder("path"))
        .identifiedBy("path");
  }

  static ComponentSpec json() {
    return fileSource("json", "JSON lines files arriving in a directory; needs --schema.")
        .options(TEXT_PARSING)
        .options(DATES)
        .option(
            optional("primitivesAsString", BOOLEAN, "false", "read every primitive as a string"))
        .option(
            optional(
                "prefersDecimal",
                BOOLEAN,
                "false",
                "infer floating-point values as decimals when they fit"))
        .option(optional("allowComments", BOOLEAN, "false", "accept Java/C++ comments"))
        .option(optional("allowSingleQuotes", BOOLEAN, "true", "accept single quotes"))
        .option(
            optional("allowUnquotedFieldNames", BOOLEAN, "false", "accept unquoted field names"))
        .option(
            optional(
                "allowNumericLeadingZeros",
                BOOLEAN,
                "false",
                "accept leading zeros in numbers, e.g. 00012"))
        .option(
            optional(
                "allowBackslashEscapingAnyCharacter",
                BOOLEAN,
                "false",
                "accept a backslash before any character"))
        .option(
            optional(
                "allowUnquotedControlChars",
                BOOLEAN,
                "false",
                "accept control characters (below 32, such as tab) unescaped inside strings"))
        .option(
            optional(
                "allowNonNumericNumbers",
                BOOLEAN,
                "true",
                "accept NaN, +INF, -INF (and Infinity) as numbers"))
        .option(
            optional(
                "dropFieldIfAllNull",
                BOOLEAN,
                "false",
                "leave out columns that are always null or empty when inferring a schema"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec csv() {
    return fileSource("csv", "CSV files arriving in a directory; needs --schema.")
        .options(TEXT_PARSING)
        .options(DATES)
        .option(optional("sep", STRING, ",", "field separator (one or more characters)"))
        .option(optional("delimiter", STRING, ",", "another name for sep"))
        .option(optional("charset", STRING, "UTF-8", "another name for encoding"))
        .option(optional("header", BOOLEAN, "false", "the first line of each file is a header"))
        .option(optional("quote", STRING, "\"", "quote character"))
        .option(optional("escape", STRING, "\\", "escape character inside quotes"))
        .option(optional("comment", STRING, null, "lines starting with this character are skipped"))
        .option(optional("nullValue", STRING, "", "the string that stands for null"))
        .option(optional("emptyValue", STRING, "", "the string that stands for an empty value"))
        .option(
            optional(
                "ignoreLeadingWhiteSpace", BOOLEAN, "false", "trim leading white space of values"))
        .option(
            optional(
                "ignoreTrailingWhiteSpace",
                BOOLEAN,
                "false",
                "trim trailing white space of values"))
        .option(
            optional(
                "enforceSchema", BOOLEAN, "true", "apply --schema even when a header disagrees"))
        .option(
            optional(
                "inferSchema",
                BOOLEAN,
                "false",
                "infer column types from the data (streamjob takes the schema from --schema)"))
        .option(
            optional(
                "preferDate",
                BOOLEAN,
                "true",
                "infer DATE for values matching dateFormat when inferring a schema"))
        .option(optional("nanValue", STRING, "NaN", "the string that stands for not-a-number"))
        .option(
            optional("positiveInf", STRING, "Inf", "the string that stands for positive infinity"))
        .option(
            optional("negativeInf", STRING, "-Inf", "the string that stands for negative infinity"))
        .option(optional("maxColumns", POSITIVE_INT, "20480", "most columns a record may have"))
        .option(
            optional(
                "maxCharsPerColumn", INT, "-1", "most characters a value may have (-1: no limit)"))
        .option(
            optional(
                "charToEscapeQuoteEscaping",
                STRING,
                null,
                "character that escapes the escape before a quote (default: escape, or \\0)"))
        .option(
            optional(
                    "unescapedQuoteHandling",
                    STRING,
                    "STOP_AT_DELIMITER",
                    "what a quote inside an unquoted value does")
                .oneOf(
                    "STOP_AT_CLOSING_QUOTE",
                    "BACK_TO_DELIMITER",
                    "STOP_AT_DELIMITER",
                    "SKIP_VALUE",
                    "RAISE_ERROR"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec parquet() {
    return fileSource("parquet", "Parquet files arriving in a directory; needs --schema.")
        .option(
            optional(
                "mergeSchema",
                BOOLEAN,
                "false",
                "merge the schemas of all files (default: spark.sql.parquet.mergeSchema)"))
        .option(
            optional(
                    "datetimeRebaseMode",
                    STRING,
                    "EXCEPTION",
                    "how dates and timestamps written by old Spark or Hive versions (Julian calendar) are read (default: spark.sql.parquet.datetimeRebaseModeInRead)")
                .oneOf("EXCEPTION", "CORRECTED", "LEGACY"))
        .option(
            optional(
                    "int96RebaseMode",
                    STRING,
                    "EXCEPTION",
                    "the same for INT96 timestamps (default: spark.sql.parquet.int96RebaseModeInRead)")
                .oneOf("EXCEPTION", "CORRECTED", "LEGACY"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec orc() {
    return fileSource("orc", "ORC files arriving in a directory; needs --schema.")
        .option(
            optional(
                "mergeSchema",
                BOOLEAN,
                "false",
                "merge the schemas of all files (default: spark.sql.orc.mergeSchema)"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec text() {
    return fileSource("text", "Text files arriving in a directory: one row per line, column value.")
        .option(optional("wholetext", BOOLEAN, "false", "one row per file instead of per line"))
        .option(optional("lineSep", STRING, null, "line separator (default: \\r, \\r\\n and \\n)"))
        .option(optional("encoding", STRING, "UTF-8", "character set of the files"))
        .can(Capability.DECODES_VALUE)
        .build();
  }
}
