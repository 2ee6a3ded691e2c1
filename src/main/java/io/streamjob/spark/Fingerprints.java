package io.streamjob.spark;

import io.streamjob.checkpoint.JobFingerprint;
import io.streamjob.job.JobSpec;
import io.streamjob.job.OutputMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.jdk.javaapi.CollectionConverters;

/** Describes the parts of a job that its checkpoint depends on. */
final class Fingerprints {
  /** Logical operators that keep state in the checkpoint. */
  private static final Set<String> STATEFUL = Set.of("Aggregate", "Deduplicate",
      "DeduplicateWithinWatermark", "Join", "FlatMapGroupsWithState", "TransformWithState",
      "SessionWindowing", "Window");

  private Fingerprints() {}

  static JobFingerprint of(SparkSession spark, JobSpec job, Dataset<Row> stream) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", job.source().format() + " " + sourceIdentity(job.source().options()));
    fields.put("stateful operators", String.join("; ", stateful(stream)));
    fields.put("shuffle partitions", spark.conf().get("spark.sql.shuffle.partitions"));
    fields.put("output mode", OutputMode.parse(job.sink().outputMode()).sparkName());
    fields.put("sink", job.sink().format() + " " + sinkIdentity(job.sink().options()));
    return new JobFingerprint(fields);
  }

  private static String sourceIdentity(Map<String, String> options) {
    for (String key : List.of("subscribe", "subscribePattern", "assign", "path", "host")) {
      if (options.containsKey(key)) {
        return key + "=" + options.get(key);
      }
    }
    return "";
  }

  private static String sinkIdentity(Map<String, String> options) {
    for (String key : List.of("path", "topic", "table")) {
      if (options.containsKey(key)) {
        return key + "=" + options.get(key);
      }
    }
    return "";
  }

  /** Each stateful operator as Spark shows it, without the expression ids that vary by run. */
  private static List<String> stateful(Dataset<Row> stream) {
    List<String> found = new ArrayList<>();
    walk(((org.apache.spark.sql.classic.Dataset<Row>) stream).queryExecution().analyzed(), found);
    return found;
  }

  private static void walk(LogicalPlan plan, List<String> found) {
    if (STATEFUL.contains(plan.nodeName())) {
      found.add(plan.simpleString(200).replaceAll("#\\d+L?", ""));
    }
    for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
      walk(child, found);
    }
  }
}
