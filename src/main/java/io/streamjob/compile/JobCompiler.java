package io.streamjob.compile;

import io.streamjob.component.Capability;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.component.OptionsCheck;
import io.streamjob.component.Rule;
import io.streamjob.component.RuleContext;
import io.streamjob.config.JobSpec;
import io.streamjob.config.Origins;
import io.streamjob.config.SinkSpec;
import io.streamjob.config.SourceSpec;
import io.streamjob.error.UsageException;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import io.streamjob.plan.SourcePlan;
import io.streamjob.plan.SparkPlan;
import io.streamjob.plan.TransformPlan;
import io.streamjob.value.DeadLetterTarget;
import io.streamjob.value.OutputMode;
import io.streamjob.value.Suggestions;
import io.streamjob.value.TriggerSpec;
import io.streamjob.value.ValueFormat;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Compiles a job's settings into a {@link JobPlan}: every value parsed once, every component found
 * in the catalogue and checked against its declaration, and every combination checked that can be
 * known without Spark running. Returns every problem at once, each naming where its value was
 * given, so that the user fixes them in one round.
 */
public final class JobCompiler {
  /** Spark refuses real-time batches shorter than this unless this setting is lowered. */
  static final Duration REAL_TIME_MINIMUM = Duration.ofSeconds(5);

  static final String REAL_TIME_MINIMUM_CONF = "spark.sql.streaming.realTimeMode.minBatchDuration";

  private final Catalogue catalogue;
  private final Predicate<String> otherSparkFormat;

  /**
   * @param otherSparkFormat tells whether a name that is not in the catalogue is still a data
   *     source registered with Spark (such a source's options are passed on unchecked)
   */
  public JobCompiler(Catalogue catalogue, Predicate<String> otherSparkFormat) {
    this.catalogue = catalogue;
    this.otherSparkFormat = otherSparkFormat;
  }

  /**
   * What is wrong with a job (it cannot run), what is doubtful (it runs, but see here), and the
   * plan when nothing is wrong (else null).
   */
  public record Findings(List<String> problems, List<String> warnings, JobPlan plan) {}

  /** The plan and the warnings; or a {@link UsageException} listing every problem. */
  public Findings compile(JobSpec job, Origins origins) {
    Findings findings = findings(job, origins);
    if (!findings.problems().isEmpty()) {
      throw new UsageException(findings.problems());
    }
    return findings;
  }

  public Findings findings(JobSpec job, Origins origins) {
    Compilation c = new Compilation(origins);
    ComponentSpec source = component(Kind.SOURCE, job.source().format(), "source.format", c);
    ComponentSpec sink = component(Kind.SINK, job.sink().format(), "sink.format", c);
    checkOptions(source, job.source().options(), "source.options.", c);
    checkOptions(sink, job.sink().options(), "sink.options.", c);

    ValueFormat valueFormat =
        c.parse(
            () ->
                job.source().valueFormat() == null
                    ? null
                    : ValueFormat.parse(
                        job.source().valueFormat(), origins.of("source.value-format")));
    String schema = SchemaText.read(job.source().schema(), "source.schema", c);
    if (source != null) {
      checkSchema(source, job.source(), valueFormat, c);
    }
    TransformPlan transform = TransformCompiler.compile(job.transform(), c);
    SyntaxCheck.check(schema, job.transform(), c);
    if (!transform.dedup().isEmpty() && transform.watermark() == null) {
      c.warnings.add(
          "--dedup without --watermark keeps every key it has seen in the state, which"
              + " grows without bound; add --watermark COLUMN=DELAY to forget keys older than the"
              + " watermark");
    }
    OutputMode mode =
        c.parse(() -> OutputMode.parse(job.sink().outputMode(), origins.of("sink.output-mode")));
    TriggerSpec trigger =
        c.parse(() -> TriggerSpec.parse(job.sink().trigger(), origins.of("sink.trigger")));
    checkRules(source, job.source().options(), trigger, "source.options.", c);
    checkRules(sink, job.sink().options(), trigger, "sink.options.", c);
    if (sink != null) {
      checkSink(sink, job, mode, c);
    }
    if (trigger != null) {
      checkTrigger(trigger, source, sink, mode, job, c);
    }
    DeadLetterTarget deadLetter = DeadLetterTarget.parse(job.sink().deadLetter());
    Double ratio = ratio(job.sink(), deadLetter, c);
    if (source != null && source.declared() && deadLetter != null) {
      checkDeadLetters(source, deadLetter, valueFormat, c);
    }
    job.spark().conf().keySet().stream()
        .filter(key -> !key.startsWith("spark."))
        .forEach(
            key ->
                c.problem(
                    "spark.conf." + key,
                    "'"
                        + key
                        + "' is not a Spark setting"
                        + " (they start with 'spark.'; Hadoop settings go as spark.hadoop."
                        + key
                        + ")"));
    if (!c.problems.isEmpty()) {
      return new Findings(c.problems, c.warnings, null);
    }
    JobPlan plan =
        new JobPlan(
            job.name(),
            List.of(new SourcePlan(source, job.source().options(), schema, valueFormat, origins)),
            transform,
            List.of(
                new SinkPlan(
                    sink,
                    job.sink().options(),
                    mode,
                    trigger,
                    job.sink().checkpoint(),
                    deadLetter,
                    ratio,
                    origins)),
            new SparkPlan(job.spark().master(), job.spark().conf()));
    return new Findings(c.problems, c.warnings, plan);
  }

  /** The component named {@code name}: declared, or undeclared but known to Spark; else null. */
  private ComponentSpec component(Kind kind, String name, String key, Compilation c) {
    List<String> known = catalogue.names(kind);
    String knownList = "known " + kind.label() + "s: " + String.join(", ", known);
    if (name == null || name.isBlank()) {
      c.problems.add(c.origins.of(key) + " is required; " + knownList);
      return null;
    }
    ComponentSpec found = catalogue.find(kind, name).orElse(null);
    if (found != null) {
      return found;
    }
    if (!otherSparkFormat.test(name)) {
      c.problem(
          key,
          "unknown "
              + kind.label()
              + " '"
              + name
              + "'"
              + Suggestions.didYouMean(name, known)
              + "; "
              + knownList
              + " (or any data source registered with Spark)");
      return null;
    }
    return ComponentSpec.undeclared(kind, name);
  }

  private static void checkOptions(
      ComponentSpec component, Map<String, String> given, String prefix, Compilation c) {
    if (component == null) {
      return;
    }
    String flag = Origins.flag(prefix);
    c.problems.addAll(
        OptionsCheck.problems(component, given, flag, option -> c.origins.of(prefix + option)));
    OptionsCheck.warning(component, given, flag).ifPresent(c.warnings::add);
  }

  private static void checkRules(
      ComponentSpec component,
      Map<String, String> given,
      TriggerSpec trigger,
      String prefix,
      Compilation c) {
    if (component == null) {
      return;
    }
    RuleContext context = new RuleContext(component, given, trigger);
    for (Rule rule : component.rules()) {
      rule.check(context)
          .ifPresent(broken -> c.problem(prefix + broken.option(), broken.message()));
    }
  }

  private static void checkSchema(
      ComponentSpec source, SourceSpec spec, ValueFormat format, Compilation c) {
    boolean hasSchema = spec.schema() != null && !spec.schema().isBlank();
    if (source.has(Capability.NEEDS_SCHEMA) && !hasSchema) {
      c.problem(
          "source.schema",
          "source '"
              + source.name()
              + "' needs the schema of its"
              + " records; give it as DDL, e.g. --schema 'id BIGINT, user STRING, ts TIMESTAMP', or"
              + " from a file with --schema @orders.ddl");
    }
    if (spec.valueFormat() != null && source.declared() && !source.has(Capability.DECODES_VALUE)) {
      c.problem(
          "source.value-format",
          "source '"
              + source.name()
              + "' has no value column to"
              + " decode; remove --value-format");
    } else if (format != null && format.needsSchema() && !hasSchema) {
      c.problem(
          "source.value-format",
          spec.valueFormat()
              + " needs --schema, the columns of a"
              + " decoded value, e.g. --schema 'id BIGINT, amount DOUBLE'");
    } else if (hasSchema
        && source.has(Capability.DECODES_VALUE)
        && (format == null || !format.needsSchema())) {
      c.problem(
          "source.schema",
          "source '"
              + source.name()
              + "' uses a schema only to decode"
              + " values; add --value-format json or csv, or remove --schema");
    }
  }

  private static void checkSink(ComponentSpec sink, JobSpec job, OutputMode mode, Compilation c) {
    if (sink.has(Capability.NEEDS_CHECKPOINT) && blank(job.sink().checkpoint())) {
      c.problem(
          "sink.checkpoint",
          "sink '"
              + sink.name()
              + "' needs --checkpoint DIR, where"
              + " Spark records progress so that a restart neither loses nor repeats records");
    }
    if (sink.has(Capability.APPEND_ONLY) && mode != null && mode != OutputMode.APPEND) {
      c.problem(
          "sink.output-mode",
          "sink '"
              + sink.name()
              + "' writes files and supports only"
              + " append; for an aggregation use append with a --watermark (rows are written once"
              + " their window closes), or a sink that supports "
              + mode.sparkName());
    }
    if (sink.has(Capability.NO_UPDATE) && mode == OutputMode.UPDATE) {
      c.problem(
          "sink.output-mode",
          "sink '" + sink.name() + "' supports append and complete," + " not update");
    }
    if (sink.has(Capability.NEEDS_QUERY_NAME) && blank(job.name())) {
      c.problem(
          "name",
          "sink '"
              + sink.name()
              + "' needs --query-name NAME; the rows are kept"
              + " in a table of that name");
    }
  }

  private void checkTrigger(
      TriggerSpec trigger,
      ComponentSpec source,
      ComponentSpec sink,
      OutputMode mode,
      JobSpec job,
      Compilation c) {
    Capability needed;
    String label;
    if (trigger.kind() == TriggerSpec.Kind.REAL_TIME) {
      needed = Capability.REAL_TIME;
      label = "the real-time trigger";
      if (mode != null && mode != OutputMode.UPDATE) {
        c.problem("sink.trigger", "real-time needs --output-mode update");
      }
      if (trigger.interval().compareTo(REAL_TIME_MINIMUM) < 0
          && !job.spark().conf().containsKey(REAL_TIME_MINIMUM_CONF)) {
        c.problem(
            "sink.trigger",
            "real-time batches last at least 5s (they are checkpoint"
                + " intervals, not latency); give real-time=5s or more, or lower --conf "
                + REAL_TIME_MINIMUM_CONF);
      }
    } else if (trigger.kind() == TriggerSpec.Kind.CONTINUOUS) {
      needed = Capability.CONTINUOUS;
      label = "the continuous trigger";
    } else {
      return;
    }
    for (ComponentSpec component : new ComponentSpec[] {source, sink}) {
      if (component != null && component.declared() && !component.has(needed)) {
        c.problem(
            "sink.trigger",
            "Spark does not support "
                + label
                + " with "
                + component.kind().label()
                + " '"
                + component.name()
                + "'; "
                + component.kind().label()
                + "s that support it: "
                + String.join(", ", supporting(component.kind(), needed)));
      }
    }
  }

  private List<String> supporting(Kind kind, Capability needed) {
    return catalogue.all(kind).stream()
        .filter(c -> c.has(needed))
        .map(ComponentSpec::name)
        .toList();
  }

  private static Double ratio(SinkSpec sink, DeadLetterTarget deadLetter, Compilation c) {
    String text = sink.maxBadRecordsRatio();
    if (text == null) {
      return null;
    }
    Double ratio = null;
    try {
      ratio = Double.parseDouble(text);
      if (ratio < 0 || ratio > 1) {
        c.problem("sink.max-bad-records-ratio", text + " is not between 0 and 1");
      }
    } catch (NumberFormatException e) {
      c.problem("sink.max-bad-records-ratio", "'" + text + "' is not a number between 0 and 1");
    }
    if (deadLetter == null) {
      c.problem(
          "sink.max-bad-records-ratio",
          "needs --dead-letter: without it the first record"
              + " that cannot be decoded stops the job");
    }
    return ratio;
  }

  private void checkDeadLetters(
      ComponentSpec source, DeadLetterTarget target, ValueFormat format, Compilation c) {
    if (!source.has(Capability.DECODES_VALUE) || format == null || format == ValueFormat.TEXT) {
      c.problem(
          "sink.dead-letter",
          "only values decoded with --value-format json or csv can be"
              + " dead-lettered; for JSON or CSV files use --source text --value-format json|csv");
    }
    if (target.isKafka() && !source.has(Capability.DEAD_LETTERS_TO_KAFKA)) {
      c.problem(
          "sink.dead-letter",
          "kafka:TOPIC writes through the source's Kafka connection,"
              + " which source '"
              + source.name()
              + "' does not have (sources that do: "
              + String.join(", ", supporting(Kind.SOURCE, Capability.DEAD_LETTERS_TO_KAFKA))
              + "): give a directory instead");
    }
    if (target.isKafka() && target.kafkaTopic().isBlank()) {
      c.problem("sink.dead-letter", "kafka: needs a topic, e.g. kafka:orders-dead-letters");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
