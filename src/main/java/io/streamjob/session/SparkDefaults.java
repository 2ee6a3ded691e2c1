package io.streamjob.session;

import io.streamjob.plan.JobPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings streamjob changes from Spark's defaults, each only when the user did not set it. Some
 * apply everywhere; the others only when running embedded ({@code local[...]}), since on a cluster
 * its operators' defaults should stand. The README lists each with its reason.
 */
public final class SparkDefaults {
  private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*\\d+)?])?");

  static final String SPARK_OPTION_REDACTION =
      "(?i)url|jaas|password|passwd|secret|token|credential|api.?key|access.?key";

  static final String VARIABLE_SUBSTITUTION = "spark.sql.variable.substitute";

  private SparkDefaults() {}

  /** The defaults for a session on {@code master}, less the keys the user set. */
  public static Map<String, String> forMaster(String master, Map<String, String> userConf) {
    Map<String, String> defaults = new LinkedHashMap<>();
    // Sinks without --checkpoint (console, noop, memory) get a temporary one that cannot be
    // resumed from anyway; Spark keeps it in /tmp after a failure unless told to delete it.
    defaults.put("spark.sql.streaming.forceDeleteTempCheckpointLocation", "true");
    // Spark masks options whose names match this in plans and logs; its default, (?i)url, misses
    // Kafka's sasl.jaas.config and the password options of JDBC-like sinks.
    defaults.put("spark.sql.redaction.options.regex", SPARK_OPTION_REDACTION);
    // streamjob's own ${...} has already replaced references in --sql, --where and --select, and
    // turned $${ into a literal ${, which must reach the data as text: Spark's substitution
    // would replace it again (${env:HOME}) or read it as a variable.
    defaults.put(VARIABLE_SUBSTITUTION, "false");
    Integer cores = localCores(master);
    if (cores != null) {
      // Spark's 200 shuffle partitions mean 200 tiny tasks per stateful batch on a machine with
      // a few cores; one partition per core keeps every core busy without the overhead.
      defaults.put("spark.sql.shuffle.partitions", String.valueOf(cores));
      // The web UI costs start-up time and a port; turn it on with --conf spark.ui.enabled=true.
      defaults.put("spark.ui.enabled", "false");
    }
    defaults.keySet().removeAll(userConf.keySet());
    return defaults;
  }

  /**
   * What the job's sources and sinks need in the session, as their declarations say (e.g. Delta's
   * extension and catalog), less the user's keys.
   */
  public static Map<String, String> forComponents(JobPlan job, Map<String, String> userConf) {
    Map<String, String> defaults = new LinkedHashMap<>();
    job.sources().forEach(s -> defaults.putAll(s.component().sessionConf()));
    job.sinks().forEach(s -> defaults.putAll(s.component().sessionConf()));
    defaults.keySet().removeAll(userConf.keySet());
    return defaults;
  }

  /** The number of cores of a local master, or null for any other master. */
  public static Integer localCores(String master) {
    if (master == null) {
      return null;
    }
    Matcher m = LOCAL.matcher(master.trim());
    if (!m.matches()) {
      return null;
    }
    String n = m.group(1);
    if (n == null) {
      return 1;
    }
    return n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
  }
}
