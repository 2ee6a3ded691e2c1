package io.streamjob.spark;

import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import io.streamjob.job.JobSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Creates the session a job runs in, with streamjob's local defaults under the user's conf. */
public final class SparkSessions {
  static final String EMBEDDED_MASTER = "local[*]";

  private SparkSessions() {}

  public static SparkSession create(JobSpec job) {
    String master = master(job.spark().master());
    Map<String, String> conf = new LinkedHashMap<>();
    String effectiveMaster = master != null ? master : System.getProperty("spark.master");
    conf.putAll(SparkDefaults.forMaster(effectiveMaster, job.spark().conf()));
    conf.putAll(SparkDefaults.forFormats(job.source().format(), job.sink().format(),
        job.spark().conf()));
    conf.putAll(job.spark().conf());
    SparkSession.Builder builder =
        SparkSession.builder().appName(job.name() == null ? "streamjob" : job.name());
    if (master != null) {
      builder.master(master);
    }
    conf.forEach(builder::config);
    try {
      return builder.getOrCreate();
    } catch (RuntimeException e) {
      throw new EnvironmentException("cannot start Spark: " + Messages.rootCause(e), e);
    }
  }

  /**
   * The master to set: the user's, else none when spark-submit launched us (it passes the
   * master as the system property spark.master), else the embedded default.
   */
  static String master(String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested;
    }
    return System.getProperty("spark.master") != null ? null : EMBEDDED_MASTER;
  }
}
