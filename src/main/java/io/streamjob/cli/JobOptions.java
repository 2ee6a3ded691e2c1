package io.streamjob.cli;

import io.streamjob.compile.JobCompiler;
import io.streamjob.config.Interpolation;
import io.streamjob.config.JobFileReader;
import io.streamjob.config.JobSettings;
import io.streamjob.config.JobSpec;
import io.streamjob.config.Origins;
import io.streamjob.connector.Connectors;
import io.streamjob.session.SparkFormats;
import io.streamjob.value.SecretValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The flags that describe a job, shared by the commands that take a job. */
public final class JobOptions {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      order = 0,
      description =
          "A job file (YAML or JSON) with the same settings; flags override it key by key.")
  Path config;

  @ArgGroup(validate = false, heading = "%nSource:%n", order = 1)
  Source source = new Source();

  @ArgGroup(validate = false, heading = "%nTransforms (applied in this order):%n", order = 2)
  Transform transform = new Transform();

  @ArgGroup(validate = false, heading = "%nSink and query:%n", order = 3)
  Sink sink = new Sink();

  @ArgGroup(validate = false, heading = "%nSpark:%n", order = 4)
  Spark spark = new Spark();

  @ArgGroup(validate = false, heading = "%nKafka shorthands:%n", order = 5)
  KafkaShorthands kafka = new KafkaShorthands();

  static final class Source {
    @Option(
        names = "--source",
        paramLabel = "NAME",
        order = 1,
        description =
            "Source format: kafka, rate, rate-micro-batch, socket, json, csv, parquet, orc, text, or any data source registered with Spark.")
    String format;

    @Option(
        names = "--source-option",
        paramLabel = "KEY=VALUE",
        order = 2,
        description = "Source option passed to Spark as is (repeatable), e.g. path=/data/in.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(
        names = "--schema",
        paramLabel = "DDL",
        order = 3,
        description =
            "Schema of file records or decoded values: 'id BIGINT, ts TIMESTAMP', or @file.ddl.")
    String schema;

    @Option(
        names = "--value-format",
        paramLabel = "FORMAT",
        order = 4,
        description =
            "How a value column (socket, kafka, text files) is decoded: json, csv or text.")
    String valueFormat;
  }

  static final class Transform {
    @Option(
        names = "--watermark",
        paramLabel = "COLUMN=DELAY",
        order = 1,
        description = "Event-time watermark, e.g. 'ts=10 seconds'; applied before the transforms.")
    String watermark;

    @Option(
        names = "--where",
        paramLabel = "CONDITION",
        order = 2,
        description = "Keep rows matching this SQL condition, e.g. 'amount > 0'.")
    String where;

    @Option(
        names = "--select",
        paramLabel = "EXPR",
        order = 3,
        description =
            "A SQL expression to keep (repeatable), e.g. --select id --select 'amount * 100 AS cents'.")
    List<String> select = new ArrayList<>();

    @Option(
        names = "--sql",
        paramLabel = "QUERY",
        order = 4,
        description = "A SQL query over the view 'events' (the input after the transforms above).")
    String sql;

    @Option(
        names = "--dedup",
        paramLabel = "COLUMNS",
        split = ",",
        order = 5,
        description =
            "Drop duplicate rows by these columns (comma-separated); within the watermark when one is set.")
    List<String> dedup = new ArrayList<>();
  }

  static final class Sink {
    @Option(
        names = "--sink",
        paramLabel = "NAME",
        order = 1,
        description =
            "Sink format: console, noop, memory, kafka, parquet, json, csv, orc, text, or any registered with Spark.")
    String format;

    @Option(
        names = "--sink-option",
        paramLabel = "KEY=VALUE",
        order = 2,
        description =
            "Sink option passed to Spark as is (repeatable), e.g. path=/data/out; file sinks also take partitionBy=col1,col2.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(
        names = "--output-mode",
        paramLabel = "MODE",
        order = 3,
        description = "append (default), update or complete.")
    String outputMode;

    @Option(
        names = "--trigger",
        paramLabel = "SPEC",
        order = 4,
        description =
            "processing-time=10s, available-now, once, continuous=1s, real-time[=5m]; default: micro-batches as fast as possible.")
    String trigger;

    @Option(
        names = "--checkpoint",
        paramLabel = "DIR",
        order = 5,
        description =
            "Checkpoint location; required for every sink except console, noop and memory.")
    String checkpoint;

    @Option(
        names = "--dead-letter",
        paramLabel = "DIR|kafka:TOPIC",
        order = 7,
        description =
            "Where values that cannot be decoded go (JSON lines with the raw value, the reason and the source position), instead of stopping the job.")
    String deadLetter;

    @Option(
        names = "--max-bad-records-ratio",
        paramLabel = "R",
        order = 8,
        description =
            "With --dead-letter: stop (exit 1) when more than this share of a batch's records (0 to 1) could not be decoded.")
    String maxBadRecordsRatio;

    @Option(
        names = "--query-name",
        paramLabel = "NAME",
        order = 6,
        description = "The query's name, shown in logs and progress; the memory sink's table name.")
    String queryName;
  }

  static final class Spark {
    @Option(
        names = "--master",
        paramLabel = "URL",
        order = 1,
        description =
            "Spark master (default: local[*], or spark-submit's master when launched by it).")
    String master;

    @Option(
        names = "--conf",
        paramLabel = "KEY=VALUE",
        order = 2,
        description =
            "A Spark configuration entry (repeatable), e.g. spark.sql.shuffle.partitions=8.")
    Map<String, String> conf = new LinkedHashMap<>();
  }

  /** Whether the job may hold a schema or SQL text: a job file, or one of their flags. */
  boolean mayHoldSqlText() {
    return config != null
        || source.schema != null
        || transform.where != null
        || !transform.select.isEmpty()
        || transform.sql != null;
  }

  /**
   * The job the job file and these flags describe; flags override the file key by key. Values may
   * hold ${VAR}, ${VAR:-default} and ${file:PATH}; secret values are registered so that nothing
   * printed shows them.
   */
  JobInput read() {
    JobSettings fromFile =
        config == null ? JobSettings.of(Map.of()) : JobSettings.of(JobFileReader.read(config));
    JobSettings settings = fromFile.overriddenBy(flagSettings());
    kafka.addTo(settings, Connectors.catalogue());
    JobSpec spec =
        settings.toJobSpec(
            new Interpolation(System::getenv, SecretValues.process()), SecretValues.process());
    return new JobInput(spec, settings.origins());
  }

  /** A job as read from its job file and flags, and where each setting was given. */
  record JobInput(JobSpec spec, Origins origins) {
    /** The compiled job; or a usage error listing every problem, each naming its origin. */
    JobCompiler.Findings compile() {
      return new JobCompiler(Connectors.catalogue(), SparkFormats::isRegistered)
          .compile(spec, origins);
    }
  }

  /** The flags given, as settings with the job file's keys. */
  private JobSettings flagSettings() {
    JobSettings flags = JobSettings.of(Map.of());
    flags.putFlag("name", sink.queryName);
    flags.putFlag("source.format", source.format);
    source.options.forEach((k, v) -> flags.putFlag("source.options." + k, v));
    flags.putFlag("source.schema", source.schema);
    flags.putFlag("source.value-format", source.valueFormat);
    flags.putFlag("transform.watermark", transform.watermark);
    flags.putFlag("transform.where", transform.where);
    flags.putFlag("transform.select", transform.select.isEmpty() ? null : transform.select);
    flags.putFlag("transform.sql", transform.sql);
    flags.putFlag("transform.dedup", transform.dedup.isEmpty() ? null : transform.dedup);
    flags.putFlag("sink.format", sink.format);
    sink.options.forEach((k, v) -> flags.putFlag("sink.options." + k, v));
    flags.putFlag("sink.output-mode", sink.outputMode);
    flags.putFlag("sink.trigger", sink.trigger);
    flags.putFlag("sink.checkpoint", sink.checkpoint);
    flags.putFlag("sink.dead-letter", sink.deadLetter);
    flags.putFlag("sink.max-bad-records-ratio", sink.maxBadRecordsRatio);
    flags.putFlag("spark.master", spark.master);
    spark.conf.forEach((k, v) -> flags.putFlag("spark.conf." + k, v));
    return flags;
  }
}
