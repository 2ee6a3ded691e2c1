package io.streamjob.session;

import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.deploy.SparkSubmit;

/**
 * Hands the command line to Spark's own SparkSubmit, in this JVM, so that --jars, --packages,
 * --repositories, --properties-file and --name act exactly as with spark-submit: ivy resolves the
 * packages, the jars go on the class loader the driver runs in (where Spark looks up data sources
 * by short name) and to the executors, and the properties become Spark's configuration. SparkSubmit
 * then calls {@code Main.main} again with the same arguments; that second run finds itself under
 * SparkSubmit and starts the job.
 */
public final class SparkSubmitLaunch {
  static final String MAIN_CLASS = "io.streamjob.cli.Main";
  // SparkSubmit's name for "the main class is already on the class path, no application jar".
  private static final String NO_RESOURCE = "spark-internal";

  private SparkSubmitLaunch() {}

  /** Whether this JVM runs under SparkSubmit (spark-submit, or the hand-over below). */
  public static boolean underSparkSubmit() {
    return System.getProperty("SPARK_SUBMIT") != null;
  }

  /**
   * Runs {@code args} under SparkSubmit with these spark-submit options. Returns only when
   * SparkSubmit did not start the job; the job itself ends the JVM with its exit code.
   */
  public static int run(List<String> submitOptions, List<String> args) {
    List<String> submit = new ArrayList<>(List.of("--class", MAIN_CLASS));
    submit.addAll(submitOptions);
    submit.add(NO_RESOURCE);
    submit.addAll(args);
    try {
      SparkSubmit.main(submit.toArray(String[]::new));
      return 0;
    } catch (RuntimeException e) {
      throw new EnvironmentException(
          "spark-submit could not prepare the job: " + Messages.rootCause(e), e);
    }
  }
}
