package io.streamjob.session;

import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import io.streamjob.plan.JobPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Creates the session a job runs in, with streamjob's local defaults under the user's conf. */
public final class SparkSessions {
  public static final String EMBEDDED_MASTER = "local[*]";
  private static final String APP_NAME = "spark.app.name";
  private static final String JARS = "spark.jars";

  private SparkSessions() {}

  public static SparkSession create(JobPlan job) {
    String master = master(job.spark().master());
    Map<String, String> conf = new LinkedHashMap<>();
    String effectiveMaster = master != null ? master : System.getProperty("spark.master");
    Map<String, String> submitted = submittedConf();
    Map<String, String> userConf = new LinkedHashMap<>(submitted);
    userConf.putAll(job.spark().conf());
    conf.putAll(SparkDefaults.forMaster(effectiveMaster, userConf));
    conf.putAll(SparkDefaults.forComponents(job, userConf));
    conf.putAll(job.spark().conf());
    if (submitted.containsKey(JARS)) {
      // SparkSubmit's list: the job's own entry plus --jars and the resolved --packages.
      conf.remove(JARS);
    }
    SparkSession.Builder builder = SparkSession.builder();
    if (!submitted.containsKey(APP_NAME)) {
      builder.appName(job.name() == null ? "streamjob" : job.name());
    }
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
   * What spark-submit set (its --conf, --name, --properties-file, spark-defaults.conf): Spark reads
   * it from the system properties. Its application name, when spark-submit made it up from the main
   * class, does not count: the query name says more.
   */
  static Map<String, String> submittedConf() {
    Map<String, String> conf = new LinkedHashMap<>();
    System.getProperties()
        .forEach(
            (k, v) -> {
              if (k.toString().startsWith("spark.")) {
                conf.put(k.toString(), v.toString());
              }
            });
    if (SparkSubmitLaunch.MAIN_CLASS.equals(conf.get(APP_NAME))) {
      conf.remove(APP_NAME);
    }
    return conf;
  }

  /**
   * The master to set: the user's, else none when spark-submit launched us (it passes the master as
   * the system property spark.master), else the embedded default.
   */
  static String master(String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested;
    }
    return System.getProperty("spark.master") != null ? null : EMBEDDED_MASTER;
  }
}
