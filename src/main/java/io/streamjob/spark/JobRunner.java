package io.streamjob.spark;

import io.streamjob.component.Capability;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.error.EnvironmentException;
import io.streamjob.error.ExitCodes;
import io.streamjob.error.Messages;
import io.streamjob.error.QueryFailedException;
import io.streamjob.error.UsageException;
import io.streamjob.job.JobSpec;
import io.streamjob.job.JobValidator;
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

  /** Returns {@link ExitCodes#OK} or throws a {@code StreamJobException} with the exit code. */
  public int run(JobSpec job) {
    new JobValidator(catalogue, SparkFormats::isRegistered).check(job);
    SparkSession spark = SparkSessions.create(job);
    StreamChain chain = new StreamChain(catalogue);
    Dataset<Row> stream = chain.build(spark, job);
    checkWritable(spark, job);
    StreamingQuery query = start(chain, stream, job);
    String label = label(job);
    LOG.info("query {} started", label);
    await(query, label);
    LOG.info("query {} finished", label);
    return ExitCodes.OK;
  }

  private void checkWritable(SparkSession spark, JobSpec job) {
    Preflight preflight = new Preflight(spark.sparkContext().hadoopConfiguration());
    if (job.sink().checkpoint() != null) {
      preflight.requireWritable("--checkpoint", job.sink().checkpoint());
    }
    boolean fileSink =
        catalogue.find(ComponentSpec.Kind.SINK, job.sink().format())
            .map(s -> s.has(Capability.APPEND_ONLY))
            .orElse(false);
    String path = job.sink().options().get("path");
    if (fileSink && path != null) {
      preflight.requireWritable("--sink-option path", path);
    }
  }

  private StreamingQuery start(StreamChain chain, Dataset<Row> stream, JobSpec job) {
    try {
      return chain.writer(stream, job).start();
    } catch (IllegalArgumentException e) {
      throw new UsageException(List.of("the query cannot run: " + Messages.rootCause(e)), e);
    } catch (io.streamjob.error.StreamJobException e) {
      throw e;
    } catch (Exception e) {
      AnalysisException analysis = SparkErrors.asAnalysisError(e).orElse(null);
      if (analysis != null) {
        throw new UsageException(
            List.of("the query cannot run: " + SparkErrors.message(analysis) + hint(analysis)), e);
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

  /** How messages name the query: its name, else what it connects. */
  static String label(JobSpec job) {
    return job.name() != null
        ? "'" + job.name() + "'"
        : "(" + job.source().format() + " -> " + job.sink().format() + ")";
  }
}
