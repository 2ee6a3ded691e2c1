package io.streamjob.compile;

import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.config.JobSpec;
import io.streamjob.config.Origins;
import io.streamjob.error.UsageException;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import io.streamjob.plan.SourcePlan;
import io.streamjob.plan.SparkPlan;
import io.streamjob.plan.TransformPlan;
import io.streamjob.value.DeadLetterTarget;
import io.streamjob.value.OutputMode;
import io.streamjob.value.TriggerSpec;
import io.streamjob.value.ValueFormat;
import java.util.List;
import java.util.function.Predicate;

/**
 * Compiles a job's settings into a {@link JobPlan}: every value parsed once, every component found
 * in the catalogue and checked against its declaration, and every combination checked that can be
 * known without Spark running. Returns every problem at once, each naming where its value was
 * given, so that the user fixes them in one round.
 */
public final class JobCompiler {
  private final Components components;

  /**
   * @param otherSparkFormat tells whether a name that is not in the catalogue is still a data
   *     source registered with Spark (such a source's options are passed on unchecked)
   */
  public JobCompiler(Catalogue catalogue, Predicate<String> otherSparkFormat) {
    this.components = new Components(catalogue, otherSparkFormat);
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
    ComponentSpec source = components.find(Kind.SOURCE, job.source().format(), "source.format", c);
    ComponentSpec sink = components.find(Kind.SINK, job.sink().format(), "sink.format", c);
    Components.checkOptions(source, job.source().options(), "source.options.", c);
    Components.checkOptions(sink, job.sink().options(), "sink.options.", c);

    ValueFormat valueFormat =
        c.parse(
            () ->
                job.source().valueFormat() == null
                    ? null
                    : ValueFormat.parse(
                        job.source().valueFormat(), origins.of("source.value-format")));
    String schema = SchemaText.read(job.source().schema(), "source.schema", c);
    if (source != null) {
      SchemaCheck.check(source, job.source(), valueFormat, c);
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
    Components.checkRules(source, job.source().options(), trigger, "source.options.", c);
    Components.checkRules(sink, job.sink().options(), trigger, "sink.options.", c);
    if (sink != null) {
      SinkCheck.check(sink, job, mode, c);
    }
    if (trigger != null) {
      TriggerCheck.check(trigger, source, sink, mode, job, c, components);
    }
    DeadLetterTarget deadLetter = DeadLetterTarget.parse(job.sink().deadLetter());
    Double ratio = DeadLetterCheck.ratio(job.sink(), deadLetter, c);
    if (source != null && source.declared() && deadLetter != null) {
      DeadLetterCheck.check(source, deadLetter, valueFormat, c, components);
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
}
