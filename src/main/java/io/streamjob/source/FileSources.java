package io.streamjob.source;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.DURATION;
import static io.streamjob.component.OptionType.INT;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.OptionSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The file sources: new files appearing in a directory, read in the order they arrive. */
public final class FileSources {
  private FileSources() {}

  /** Options every file source takes (Spark's FileStreamSource options). */
  static final List<OptionSpec> COMMON =
      List.of(
          required("path", STRING, "directory (or glob) to watch for new files"),
          optional("maxFilesPerTrigger", INT, null, "most new files read per micro-batch"),
          optional("latestFirst", BOOLEAN, "false", "read the newest files first"),
          optional("fileNameOnly", BOOLEAN, "false", "track files by name only, not full path"),
          optional("maxFileAge", DURATION, "7d", "ignore files older than this relative to the newest"),
          optional("cleanSource", STRING, "off", "what to do with files once read").oneOf("off", "archive", "delete"),
          optional("sourceArchiveDir", STRING, null, "where cleanSource=archive moves files"),
          optional("pathGlobFilter", STRING, null, "only files whose names match this glob"),
          optional("recursiveFileLookup", BOOLEAN, "false", "also read files in subdirectories"));

  /**
   * Malformed records stop the job instead of silently becoming nulls (Spark's default,
   * PERMISSIVE); DROPMALFORMED is not offered because it loses records without a trace.
   */
  static final OptionSpec PARSE_MODE =
      optional("mode", STRING, "FAILFAST", "what a malformed record does: FAILFAST stops the job, PERMISSIVE turns it into nulls")
          .oneOf("FAILFAST", "PERMISSIVE")
          .setByStreamjob();

  static final List<OptionSpec> TEXT_PARSING =
      List.of(
          PARSE_MODE,
          optional("multiLine", BOOLEAN, "false", "a record may span several lines"),
          optional("encoding", STRING, "UTF-8", "character set of the files"),
          optional("lineSep", STRING, null, "line separator (default: \\r, \\r\\n and \\n)"),
          optional("dateFormat", STRING, "yyyy-MM-dd", "pattern of DATE values"),
          optional("timestampFormat", STRING, null, "pattern of TIMESTAMP values"),
          optional("locale", STRING, "en-US", "locale for parsing dates and numbers"),
          optional("columnNameOfCorruptRecord", STRING, null, "column holding malformed records in PERMISSIVE mode"));

  /** A glob pattern, as Spark's SparkHadoopUtil.isGlobPath sees one. */
  private static final Pattern GLOB = Pattern.compile("[{}\\[\\]*?\\\\]");

  /** A URI scheme other than file: (hdfs:, s3a: ...): not checked without Spark. */
  private static final Pattern REMOTE = Pattern.compile("^(?!file:)[A-Za-z][A-Za-z0-9+.-]+:");

  /**
   * The problem with the input folder of file source {@code source}, if it is a local folder
   * that does not exist: Spark refuses to start a file stream on a missing path (PATH_NOT_FOUND)
   * unless the path is a glob, which it leaves to match files later.
   */
  public static Optional<String> missingInput(String source, Map<String, String> options) {
    String path = options.get("path");
    boolean fileSource = all().stream().anyMatch(s -> s.name().equalsIgnoreCase(source));
    if (!fileSource || path == null || path.isBlank() || GLOB.matcher(path).find()
        || REMOTE.matcher(path).find()) {
      return Optional.empty();
    }
    Path folder;
    try {
      folder = (path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path))
          .toAbsolutePath().normalize();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a path this check understands: Spark will say
    }
    if (Files.exists(folder)) {
      return Optional.empty();
    }
    return Optional.of("--source-option path (job file key source.options.path): input folder '"
        + folder + "' does not exist; create it, or fix the path (in a job file, a relative path"
        + " is relative to the job file's folder)");
  }

  public static List<ComponentSpec> all() {
    return List.of(json(), csv(), parquet(), orc(), text());
  }

  static ComponentSpec json() {
    return ComponentBuilder.source("json", "JSON lines files arriving in a directory; needs --schema.")
        .options(COMMON)
        .options(TEXT_PARSING)
        .option(optional("primitivesAsString", BOOLEAN, "false", "read every primitive as a string"))
        .option(optional("allowComments", BOOLEAN, "false", "accept Java/C++ comments"))
        .option(optional("allowSingleQuotes", BOOLEAN, "true", "accept single quotes"))
        .option(optional("allowUnquotedFieldNames", BOOLEAN, "false", "accept unquoted field names"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec csv() {
    return ComponentBuilder.source("csv", "CSV files arriving in a directory; needs --schema.")
        .options(COMMON)
        .options(TEXT_PARSING)
        .option(optional("sep", STRING, ",", "field separator"))
        .option(optional("header", BOOLEAN, "false", "the first line of each file is a header"))
        .option(optional("quote", STRING, "\"", "quote character"))
        .option(optional("escape", STRING, "\\", "escape character inside quotes"))
        .option(optional("comment", STRING, null, "lines starting with this character are skipped"))
        .option(optional("nullValue", STRING, "", "the string that stands for null"))
        .option(optional("emptyValue", STRING, "", "the string that stands for an empty value"))
        .option(optional("ignoreLeadingWhiteSpace", BOOLEAN, "false", "trim leading white space of values"))
        .option(optional("ignoreTrailingWhiteSpace", BOOLEAN, "false", "trim trailing white space of values"))
        .option(optional("enforceSchema", BOOLEAN, "true", "apply --schema even when a header disagrees"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec parquet() {
    return ComponentBuilder.source("parquet", "Parquet files arriving in a directory; needs --schema.")
        .options(COMMON)
        .option(optional("mergeSchema", BOOLEAN, "false", "merge the schemas of all files"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec orc() {
    return ComponentBuilder.source("orc", "ORC files arriving in a directory; needs --schema.")
        .options(COMMON)
        .option(optional("mergeSchema", BOOLEAN, "false", "merge the schemas of all files"))
        .can(Capability.NEEDS_SCHEMA)
        .build();
  }

  static ComponentSpec text() {
    return ComponentBuilder.source("text", "Text files arriving in a directory: one row per line, column value.")
        .options(COMMON)
        .option(optional("wholetext", BOOLEAN, "false", "one row per file instead of per line"))
        .option(optional("lineSep", STRING, null, "line separator (default: \\r, \\r\\n and \\n)"))
        .option(optional("encoding", STRING, "UTF-8", "character set of the files"))
        .can(Capability.DECODES_VALUE)
        .build();
  }
}
