package io.streamjob.testing;

import org.apache.spark.sql.SparkSession;

/** The Spark session a process-level test reads results with. */
public final class LocalSpark {
  private LocalSpark() {}

  /** A one-core local session without UI, created on first use. */
  public static SparkSession session() {
    return SparkSession.builder()
        .master("local[1]")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
  }

  /** Stops the session, if any, so that the next test class starts with its own settings. */
  public static void stop() {
    SparkSession.getDefaultSession()
        .foreach(
            s -> {
              s.stop();
              return null;
            });
  }
}
