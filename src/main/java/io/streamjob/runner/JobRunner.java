package io.streamjob.runner;

import io.streamjob.chain.StreamChain;
import io.streamjob.deadletter.BadRecordCheck;
import io.streamjob.deadletter.DeadLetters;
import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import io.streamjob.error.QueryFailedException;
import io.streamjob.error.StreamJobException;
import io.streamjob.error.UsageException;
import io.streamjob.metrics.QueryMetrics;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import io.streamjob.run.GracefulStop;
import io.streamjob.run.MaxDuration;
import io.streamjob.run.ProgressLine;
import io.streamjob.run.ProgressListener;
import io.streamjob.run.RunOutcome;
import io.streamjob.run.RunSettings;
import io.streamjob.run.RunStats;
import io.streamjob.run.StopSignals;
import io.streamjob.session.SparkErrors;
import io.streamjob.session.SparkSessions;
import io.streamjob.value.Durations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a compiled job from start to end: build the chain, check the environment, start the query
 * and block until it ends. Every way it can end maps to one exit code of the contract.
 */
public final class JobRunner {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private JobRunner() {}

  /**
   * Runs the job until it ends or is stopped; returns how it ended, or throws a {@code
   * StreamJobException} carrying the exit code.
   */
  public static RunOutcome run(JobPlan job, RunSettings settings, RunStats stats) {
    GracefulStop stop =
        new GracefulStop(
            settings.stopTimeout(), !job.sink().trigger().batchesAreCheckpointIntervals());
    // Signals are ours from here on: a SIGTERM while Spark starts is a clean stop too.
    try (StopSignals signals = StopSignals.routeTo(stop)) {
      SparkSession spark = SparkSessions.create(job);
      DeadLetters deadLetters = DeadLetters.of(spark, job);
      Dataset<Row> stream = StreamChain.build(spark, job, deadLetters);
      StartChecks.run(spark, job, stream, settings.forceCheckpoint());
      SinkPlan sink = job.sink();
      StreamingQuery query = start(stream, job);
      String label = label(job);
      LOG.info("query {} started", label);
      QueryMetrics metrics = new QueryMetrics(job.queryName());
      BadRecordCheck badRecords =
          deadLetters == null
              ? null
              : new BadRecordCheck(
                  deadLetters,
                  sink.maxBadRecordsRatio(),
                  stop,
                  n -> {
                    metrics.deadLettered(n);
                    stats.deadLettered(n);
                  });
      List<Consumer<StreamingQueryProgress>> consumers =
          new ArrayList<>(
              List.of(p -> ProgressLine.log(job.queryName(), p), stats::record, metrics::record));
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
        throw new QueryFailedException(
            "query " + label + " stopped: " + badRecords.failure(), null);
      }
      if (stop.forced()) {
        throw new QueryFailedException(
            "query "
                + label
                + " was stopped at once ("
                + "the stop took longer than "
                + Durations.format(settings.stopTimeout())
                + ", or a second signal came); the interrupted batch is replayed on restart",
            null);
      }
      RunOutcome outcome =
          stop.reason() == null ? RunOutcome.finished() : RunOutcome.stopped(stop.reason());
      LOG.info("query {}: {}", label, outcome.reason());
      return outcome;
    }
  }

  private static StreamingQuery start(Dataset<Row> stream, JobPlan job) {
    try {
      return StreamChain.start(stream, job);
    } catch (IllegalArgumentException e) {
      throw new UsageException(List.of("the query cannot run: " + Messages.rootCause(e)), e);
    } catch (StreamJobException e) {
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
  public static UsageException cannotRun(AnalysisException analysis) {
    return new UsageException(
        List.of("the query cannot run: " + SparkErrors.message(analysis) + hint(analysis)),
        analysis);
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
  static String label(JobPlan job) {
    return "'" + job.queryName() + "'";
  }
}
