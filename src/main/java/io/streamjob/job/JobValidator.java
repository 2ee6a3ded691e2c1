package io.streamjob.job;

import io.streamjob.component.Capability;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.component.OptionsCheck;
import io.streamjob.component.Suggestions;
import io.streamjob.error.UsageException;
import io.streamjob.sink.KafkaSink;
import io.streamjob.source.FileSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks a job for everything that can be known without Spark running: components and their
 * options, schema where needed, trigger, output mode and sink combinations. Returns every
 * problem, one line each, so that the user fixes them in one round.
 */
public final class JobValidator {
  /** Spark refuses real-time batches shorter than this unless this setting is lowered. */
  static final Duration REAL_TIME_MINIMUM = Duration.ofSeconds(5);

  static final String REAL_TIME_MINIMUM_CONF = "spark.sql.streaming.realTimeMode.minBatchDuration";

  private final Catalogue catalogue;
  private final Predicate<String> otherSparkFormat;

  /**
   * @param otherSparkFormat tells whether a name that is not in the catalogue is still a data
   *     source registered with Spark (such a source's options are passed on unchecked)
   */
  public JobValidator(Catalogue catalogue, Predicate<String> otherSparkFormat) {
    this.catalogue = catalogue;
    this.otherSparkFormat = otherSparkFormat;
  }

  /** What is wrong with a job (it cannot run), and what is doubtful (it runs, but see here). */
  public record Findings(List<String> problems, List<String> warnings) {}

  public List<String> problems(JobSpec job) {
    return findings(job).problems();
  }

  public Findings findings(JobSpec job) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Optional<ComponentSpec> source =
        component(Kind.SOURCE, job.source().format(), "--source", problems);
    Optional<ComponentSpec> sink = component(Kind.SINK, job.sink().format(), "--sink", problems);
    source.ifPresent(s -> checkOptions(s, job.source().options(), "--source-option", problems, warnings));
    sink.ifPresent(s -> checkOptions(s, job.sink().options(), "--sink-option", problems, warnings));

    source.ifPresent(s -> checkSchema(s, job.source(), problems));
    FileSources.missingInput(job.source().format(), job.source().options()).ifPresent(problems::add);
    collect(problems, () -> checkTransforms(job.transform()));
    problems.addAll(SyntaxCheck.problems(job.source(), job.transform()));
    if (!job.transform().dedup().isEmpty() && job.transform().watermark() == null) {
      warnings.add("--dedup without --watermark keeps every key it has seen in the state, which"
          + " grows without bound; add --watermark COLUMN=DELAY to forget keys older than the"
          + " watermark");
    }
    OutputMode mode = collect(problems, () -> OutputMode.parse(job.sink().outputMode()));
    TriggerSpec trigger = collect(problems, () -> TriggerSpec.parse(job.sink().trigger()));
    sink.ifPresent(s -> checkSink(s, job, mode, problems));
    if (trigger != null) {
      checkTrigger(trigger, source, sink, mode, job, problems);
    }
    source.ifPresent(s -> checkDeadLetters(s, job, problems));
    checkConf(job.spark(), problems);
    return new Findings(problems, warnings);
  }

  /**
   * Throws a {@link UsageException} listing every problem, if there is any; otherwise returns
   * the warnings.
   */
  public List<String> check(JobSpec job) {
    Findings findings = findings(job);
    if (!findings.problems().isEmpty()) {
      throw new UsageException(findings.problems());
    }
    return findings.warnings();
  }

  private static void checkOptions(ComponentSpec component, Map<String, String> given, String flag,
      List<String> problems, List<String> warnings) {
    problems.addAll(OptionsCheck.problems(component, given, flag));
    OptionsCheck.warning(component, given, flag).ifPresent(warnings::add);
  }

  private Optional<ComponentSpec> component(
      Kind kind, String name, String flag, List<String> problems) {
    List<String> known = catalogue.names(kind);
    if (name == null || name.isBlank()) {
      problems.add(flag + " is required; known " + kind.label() + "s: " + String.join(", ", known));
      return Optional.empty();
    }
    Optional<ComponentSpec> found = catalogue.find(kind, name);
    if (found.isEmpty() && !otherSparkFormat.test(name)) {
      problems.add(
          flag + ": unknown " + kind.label() + " '" + name + "'" + Suggestions.didYouMean(name, known)
              + "; known " + kind.label() + "s: " + String.join(", ", known)
              + " (or any data source registered with Spark)");
    }
    return found;
  }

  private static void checkSchema(ComponentSpec source, SourceSpec spec, List<String> problems) {
    ValueFormat format =
        spec.valueFormat() == null ? null : collect(problems, () -> ValueFormat.parse(spec.valueFormat()));
    boolean hasSchema = spec.schema() != null && !spec.schema().isBlank();
    if (source.has(Capability.NEEDS_SCHEMA) && !hasSchema) {
      problems.add(
          "--schema: source '" + source.name() + "' needs the schema of its records; give it as"
              + " DDL, e.g. --schema 'id BIGINT, user STRING, ts TIMESTAMP', or from a file with"
              + " --schema @orders.ddl");
    }
    if (spec.valueFormat() != null && !source.has(Capability.DECODES_VALUE)) {
      problems.add(
          "--value-format: source '" + source.name() + "' has no value column to decode; remove"
              + " --value-format");
    } else if (format != null && format.needsSchema() && !hasSchema) {
      problems.add(
          "--value-format " + spec.valueFormat() + " needs --schema, the columns of a decoded"
              + " value, e.g. --schema 'id BIGINT, amount DOUBLE'");
    } else if (hasSchema && source.has(Capability.DECODES_VALUE)
        && (format == null || !format.needsSchema())) {
      problems.add(
          "--schema: source '" + source.name() + "' uses a schema only to decode values; add"
              + " --value-format json or csv, or remove --schema");
    }
    if (hasSchema && spec.schema().startsWith("@")) {
      Path file = Path.of(spec.schema().substring(1));
      if (!Files.isReadable(file)) {
        problems.add("--schema: cannot read schema file '" + file + "'");
      }
    }
  }

  private static void checkTransforms(TransformSpec transform) {
    if (transform.watermark() != null) {
      Watermark.parse(transform.watermark());
    }
    if (transform.dedup().stream().anyMatch(String::isBlank)) {
      throw new UsageException("--dedup: give column names separated by commas, e.g. --dedup id");
    }
  }

  private static void checkSink(
      ComponentSpec sink, JobSpec job, OutputMode mode, List<String> problems) {
    if (sink.has(Capability.NEEDS_CHECKPOINT) && blank(job.sink().checkpoint())) {
      problems.add(
          "--checkpoint: sink '" + sink.name() + "' needs --checkpoint DIR, where Spark records"
              + " progress so that a restart neither loses nor repeats records");
    }
    if (sink.has(Capability.APPEND_ONLY) && mode != null && mode != OutputMode.APPEND) {
      problems.add(
          "--output-mode: sink '" + sink.name() + "' writes files and supports only append;"
              + " for an aggregation use append with a --watermark (rows are written once their"
              + " window closes), or a sink that supports " + mode.sparkName());
    }
    if (sink.name().equals("jdbc")) {
      checkJdbc(job.sink().options(), problems);
    }
    if (sink.has(Capability.NO_UPDATE) && mode == OutputMode.UPDATE) {
      problems.add("--output-mode: sink '" + sink.name() + "' supports append and complete, not"
          + " update");
    }
    if (sink.has(Capability.NEEDS_QUERY_NAME) && blank(job.name())) {
      problems.add(
          "--query-name: sink '" + sink.name() + "' needs --query-name NAME; the rows are kept in"
              + " a table of that name");
    }
  }

  private void checkTrigger(
      TriggerSpec trigger,
      Optional<ComponentSpec> source,
      Optional<ComponentSpec> sink,
      OutputMode mode,
      JobSpec job,
      List<String> problems) {
    if (trigger.endsByItself()
        && "true".equalsIgnoreCase(job.sink().options().get(KafkaSink.ASYNC_PROGRESS))) {
      problems.add("--sink-option " + KafkaSink.ASYNC_PROGRESS + "=true does not work with --trigger "
          + job.sink().trigger() + " (Spark refuses it); use processing-time or the default trigger");
    }
    Capability needed;
    String label;
    if (trigger.kind() == TriggerSpec.Kind.REAL_TIME) {
      needed = Capability.REAL_TIME;
      label = "the real-time trigger";
      if (mode != null && mode != OutputMode.UPDATE) {
        problems.add("--trigger real-time needs --output-mode update");
      }
      if (trigger.interval().compareTo(REAL_TIME_MINIMUM) < 0
          && !job.spark().conf().containsKey(REAL_TIME_MINIMUM_CONF)) {
        problems.add(
            "--trigger: real-time batches last at least 5s (they are checkpoint intervals, not"
                + " latency); give real-time=5s or more, or lower --conf " + REAL_TIME_MINIMUM_CONF);
      }
    } else if (trigger.kind() == TriggerSpec.Kind.CONTINUOUS) {
      needed = Capability.CONTINUOUS;
      label = "the continuous trigger";
    } else {
      return;
    }
    source
        .filter(s -> !s.has(needed))
        .ifPresent(s -> problems.add(unsupported(label, s, needed)));
    sink.filter(s -> !s.has(needed)).ifPresent(s -> problems.add(unsupported(label, s, needed)));
  }

  private String unsupported(String trigger, ComponentSpec component, Capability needed) {
    return "--trigger: Spark does not support " + trigger + " with " + component.kind().label()
        + " '" + component.name() + "'; " + component.kind().label() + "s that support it: "
        + String.join(", ", supporting(component.kind(), needed));
  }

  private List<String> supporting(Kind kind, Capability needed) {
    return catalogue.all(kind).stream()
        .filter(c -> c.has(needed))
        .map(ComponentSpec::name)
        .toList();
  }

  private static void checkJdbc(Map<String, String> options, List<String> problems) {
    boolean upsert = "upsert".equalsIgnoreCase(options.getOrDefault("mode", "append"));
    if (upsert && !options.containsKey("key")) {
      problems.add("--sink-option: mode=upsert of sink 'jdbc' needs key=COLUMN[,COLUMN], the"
          + " columns that identify a row");
    }
    if (upsert && !options.getOrDefault("url", "").startsWith("jdbc:postgresql:")) {
      problems.add("--sink-option: mode=upsert of sink 'jdbc' is only available for PostgreSQL"
          + " (jdbc:postgresql: URLs); use mode=append");
    }
    String url = options.get("url");
    if (url != null && !url.startsWith("jdbc:")) {
      problems.add("--sink-option: url of sink 'jdbc' must start with jdbc:, e.g."
          + " jdbc:postgresql://host:5432/db");
    }
  }

  private static void checkDeadLetters(ComponentSpec source, JobSpec job, List<String> problems) {
    DeadLetterTarget target = DeadLetterTarget.parse(job.sink().deadLetter());
    String ratio = job.sink().maxBadRecordsRatio();
    if (ratio != null) {
      try {
        double r = Double.parseDouble(ratio);
        if (r < 0 || r > 1) {
          problems.add("--max-bad-records-ratio: " + ratio + " is not between 0 and 1");
        }
      } catch (NumberFormatException e) {
        problems.add("--max-bad-records-ratio: '" + ratio + "' is not a number between 0 and 1");
      }
      if (target == null) {
        problems.add("--max-bad-records-ratio needs --dead-letter: without it the first record"
            + " that cannot be decoded stops the job");
      }
    }
    if (target == null) {
      return;
    }
    String format = job.source().valueFormat();
    boolean decodes = source.has(Capability.DECODES_VALUE) && format != null
        && !format.trim().equalsIgnoreCase("text");
    if (!decodes) {
      problems.add("--dead-letter: only values decoded with --value-format json or csv can be"
          + " dead-lettered; for JSON or CSV files use --source text --value-format json|csv");
    }
    if (target.isKafka() && !source.name().equals("kafka")) {
      problems.add("--dead-letter kafka:TOPIC writes through the kafka source's connection;"
          + " the source is '" + source.name() + "': give a directory instead");
    }
    if (target.isKafka() && target.kafkaTopic().isBlank()) {
      problems.add("--dead-letter: kafka: needs a topic, e.g. kafka:orders-dead-letters");
    }
  }

  private static void checkConf(SparkSpec spark, List<String> problems) {
    for (String key : spark.conf().keySet()) {
      if (!key.startsWith("spark.")) {
        problems.add(
            "--conf: '" + key + "' is not a Spark setting (they start with 'spark.'; Hadoop"
                + " settings go as spark.hadoop." + key + ")");
      }
    }
  }

  private static <T> T collect(List<String> problems, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (UsageException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static void collect(List<String> problems, Runnable check) {
    collect(
        problems,
        () -> {
          check.run();
          return null;
        });
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
