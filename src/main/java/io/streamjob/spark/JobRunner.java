package io.streamjob.spark;

import io.streamjob.component.Capability;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import io.streamjob.error.QueryFailedException;
import io.streamjob.error.UsageException;
import io.streamjob.job.Durations;
import io.streamjob.job.JobSpec;
import io.streamjob.job.JobValidator;
import io.streamjob.job.TriggerSpec;
import io.streamjob.deadletter.BadRecordCheck;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.jdbc.JdbcPreflight;
import io.streamjob.jdbc.JdbcTarget;
import io.streamjob.job.DeadLetterTarget;
import io.streamjob.sink.JdbcSink;
import io.streamjob.metrics.QueryMetrics;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import io.streamjob.run.GracefulStop;
import io.streamjob.run.MaxDuration;
import io.streamjob.run.ProgressLine;
import io.streamjob.run.ProgressListener;
import io.streamjob.run.RunOutcome;
import io.streamjob.run.RunSettings;
import io.streamjob.run.RunStats;
import io.streamjob.run.StopSignals;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job from start to end: validate, build the chain, check the environment, start the
 * query and block until it ends. Every way it can end maps to one exit code of the contract.
 */
public final class JobRunner {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final Catalogue catalogue;

  public JobRunner(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Runs the job until it ends or is stopped; returns how it ended, or throws a {@code
   * StreamJobException} carrying the exit code.
   */
  public RunOutcome run(JobSpec job, RunSettings settings, RunStats stats) {
    new JobValidator(catalogue, SparkFormats::isRegistered).check(job).forEach(LOG::warn);
    GracefulStop stop = new GracefulStop(settings.stopTimeout(),
        !TriggerSpec.parse(job.sink().trigger()).batchesAreCheckpointIntervals());
    // Signals are ours from here on: a SIGTERM while Spark starts is a clean stop too.
    try (StopSignals signals = StopSignals.routeTo(stop)) {
      SparkSession spark = SparkSessions.create(job);
      StreamChain chain = new StreamChain(catalogue);
      DeadLetters deadLetters = DeadLetters.of(spark, job);
      Dataset<Row> stream = chain.build(spark, job, deadLetters);
      checkWritable(spark, job);
      if (job.sink().checkpoint() != null) {
        CheckpointGuard.check(job.sink().checkpoint(), spark.sparkContext().hadoopConfiguration(),
            Fingerprints.of(spark, job, stream), Fingerprints.keptSettings(spark),
            settings.forceCheckpoint());
      }
      KafkaPreflight.check(job);
      if (JdbcSink.NAME.equalsIgnoreCase(job.sink().format())) {
        JdbcPreflight.check(JdbcTarget.of(job.sink().options()), stream.schema());
      }
      StreamingQuery query = start(chain, stream, job);
      String label = label(job);
      LOG.info("query {} started", label);
      QueryMetrics metrics = new QueryMetrics(job.queryName());
      BadRecordCheck badRecords = deadLetters == null ? null
          : new BadRecordCheck(deadLetters, ratio(job), stop, n -> {
            metrics.deadLettered(n);
            stats.deadLettered(n);
          });
      List<Consumer<StreamingQueryProgress>> consumers = new ArrayList<>(List.of(
          p -> ProgressLine.log(job.queryName(), p), stats::record, metrics::record));
      if (badRecords != null) {
        consumers.add(badRecords);
      }
      consumers.add(p -> stop.batchCompleted());
      ProgressListener listener = new ProgressListener(query.id(), consumers);
      spark.streams().addListener(listener);
      stop.attach(query);
      try (MaxDuration timer = MaxDuration.schedule(settings.maxDuration(), stop);
          MetricsEndpoint endpoint = MetricsEndpoint.start(settings, metrics)) {
        await(query, label);
      } finally {
        spark.streams().removeListener(listener);
        // The listener bus is asynchronous: count reports it had not delivered yet.
        Arrays.stream(query.recentProgress()).forEach(stats::record);
        if (badRecords != null) {
          Arrays.stream(query.recentProgress()).forEach(badRecords);
        }
      }
      if (badRecords != null && badRecords.failure() != null) {
        throw new QueryFailedException("query " + label + " stopped: " + badRecords.failure(), null);
      }
      if (stop.forced()) {
        throw new QueryFailedException("query " + label + " was stopped at once ("
            + "the stop took longer than " + Durations.format(settings.stopTimeout())
            + ", or a second signal came); the interrupted batch is replayed on restart", null);
      }
      RunOutcome outcome = stop.reason() == null ? RunOutcome.finished()
          : RunOutcome.stopped(stop.reason());
      LOG.info("query {}: {}", label, outcome.reason());
      return outcome;
    }
  }

  private static Double ratio(JobSpec job) {
    String ratio = job.sink().maxBadRecordsRatio();
    return ratio == null ? null : Double.valueOf(ratio);
  }

  private void checkWritable(SparkSession spark, JobSpec job) {
    Preflight preflight = new Preflight(spark.sparkContext().hadoopConfiguration());
    DeadLetterTarget deadLetters = DeadLetterTarget.parse(job.sink().deadLetter());
    if (deadLetters != null && !deadLetters.isKafka()) {
      preflight.requireWritable("--dead-letter", deadLetters.directory());
    }
    if (job.sink().checkpoint() != null) {
      preflight.requireWritable("--checkpoint", job.sink().checkpoint());
    }
    boolean fileSink =
        catalogue.find(ComponentSpec.Kind.SINK, job.sink().format())
            .map(s -> s.has(Capability.APPEND_ONLY) || s.has(Capability.NO_UPDATE))
            .orElse(false);
    String path = job.sink().options().get("path");
    if (fileSink && path != null) {
      preflight.requireWritable("--sink-option path", path);
    }
  }

  private StreamingQuery start(StreamChain chain, Dataset<Row> stream, JobSpec job) {
    try {
      return chain.start(stream, job);
    } catch (IllegalArgumentException e) {
      throw new UsageException(List.of("the query cannot run: " + Messages.rootCause(e)), e);
    } catch (io.streamjob.error.StreamJobException e) {
      throw e;
    } catch (Exception e) {
      AnalysisException analysis = SparkErrors.asAnalysisError(e).orElse(null);
      if (analysis != null) {
        throw cannotRun(analysis);
      }
      throw new EnvironmentException("the query could not start: " + Messages.rootCause(e), e);
    }
  }

  private static void await(StreamingQuery query, String label) {
    try {
      query.awaitTermination();
    } catch (StreamingQueryException e) {
      throw new QueryFailedException("query " + label + " failed: " + SparkErrors.cause(e), e);
    }
  }

  /** A query Spark refuses to start (e.g. an output mode its operators do not support). */
  static UsageException cannotRun(AnalysisException analysis) {
    return new UsageException(List.of("the query cannot run: " + SparkErrors.message(analysis)
        + hint(analysis)), analysis);
  }

  /** What to do about the analysis errors users meet most. */
  private static String hint(AnalysisException e) {
    String message = e.getMessage();
    if (message.contains("output mode: complete")) {
      return "; use --output-mode append or update, or aggregate the rows"
          + " (e.g. --sql 'SELECT user, count(*) AS n FROM events GROUP BY user')";
    }
    if (message.contains("output mode: append")) {
      return "; add a --watermark on the event-time column and group by a window of it, or use"
          + " --output-mode update or complete with a sink that supports it";
    }
    return "";
  }

  /** How messages name the query: as the summary and metrics do. */
  static String label(JobSpec job) {
    return "'" + job.queryName() + "'";
  }
}
