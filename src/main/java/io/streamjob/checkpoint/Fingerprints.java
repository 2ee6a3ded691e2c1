package io.streamjob.checkpoint;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentSpec;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import io.streamjob.plan.SourcePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateExpression;
import org.apache.spark.sql.catalyst.plans.logical.Aggregate;
import org.apache.spark.sql.catalyst.plans.logical.Deduplicate;
import org.apache.spark.sql.catalyst.plans.logical.DeduplicateWithinWatermark;
import org.apache.spark.sql.catalyst.plans.logical.Join;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.internal.SQLConf;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Describes the parts of a job that Spark cannot resume its checkpoint across: the source, the
 * state Spark keeps (what each stateful operator stores, in order) and the sink's output (not a
 * Kafka sink's topic, which may change). Not the shuffle partitions, the state store provider or
 * other settings Spark records in the checkpoint and restores over the session's, nor the output
 * mode, which Spark does not record: a change of those resumes.
 */
public final class Fingerprints {
  /** Logical operators that keep state, besides aggregations, deduplications and joins. */
  private static final String SINK = "sink";

  private static final List<String> OTHER_STATEFUL =
      List.of("FlatMapGroupsWithState", "TransformWithState", "SessionWindowing");

  private Fingerprints() {}

  public static JobFingerprint of(SparkSession spark, JobPlan job, Dataset<Row> stream) {
    Map<String, String> fields = new LinkedHashMap<>();
    SourcePlan source = job.source();
    fields.put("source", source.format() + " " + identity(source.component(), source.options()));
    List<String> state = stateful(stream);
    fields.put(JobFingerprint.STATE, String.join("; ", state));
    if (!state.isEmpty()) {
      fields.put(
          JobFingerprint.STATE_STORE_PROVIDER,
          spark.conf().get(SQLConf.STATE_STORE_PROVIDER_CLASS().key()));
    }
    // Spark resumes with the provider recorded in the checkpoint whatever the session says
    // (CheckpointGuard logs that): recorded, for `streamjob checkpoint`, never refused.
    Set<String> resumingAnyEarlier = new HashSet<>(Set.of(JobFingerprint.STATE_STORE_PROVIDER));
    SinkPlan sink = job.sink();
    if (sink.component().has(Capability.KEEPS_NOTHING_IN_CHECKPOINT)) {
      // Spark resumes into such a sink from any earlier sink or topic (it gets the new rows).
      // Recorded so that a move from it to a sink that keeps something is refused.
      fields.put(SINK, sink.format());
      resumingAnyEarlier.add(SINK);
    } else {
      fields.put(SINK, sink.format() + " " + identity(sink.component(), sink.options()));
    }
    return new JobFingerprint(fields, resumingAnyEarlier);
  }

  /**
   * This session's values of the settings that Spark records in a checkpoint and restores over the
   * session's on resuming (OffsetSeqMetadata's relevant confs that users change).
   */
  public static Map<String, String> keptSettings(SparkSession spark) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String key :
        List.of(SQLConf.SHUFFLE_PARTITIONS().key(), SQLConf.STATE_STORE_PROVIDER_CLASS().key())) {
      settings.put(key, spark.conf().get(key));
    }
    return settings;
  }

  /** The first identity option given, as key=value: what the checkpoint is bound to. */
  private static String identity(ComponentSpec component, Map<String, String> options) {
    for (String key : component.identityOptions()) {
      if (options.containsKey(key)) {
        return key + "=" + options.get(key);
      }
    }
    return "";
  }

  /**
   * Each stateful operator, in plan order, by what its state holds: the types of its keys and, for
   * an aggregation, of its aggregate buffers. Spark checks the state's schema by types when it
   * resumes, so output names (aliases) and expressions that keep the types may change.
   */
  private static List<String> stateful(Dataset<Row> stream) {
    List<String> found = new ArrayList<>();
    walk(((org.apache.spark.sql.classic.Dataset<Row>) stream).queryExecution().analyzed(), found);
    return found;
  }

  private static void walk(LogicalPlan plan, List<String> found) {
    for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
      walk(child, found);
    }
    if (!plan.isStreaming()) {
      return;
    }
    if (plan instanceof Aggregate a) {
      found.add(
          "aggregation keys " + types(a.groupingExpressions()) + " buffers " + types(buffers(a)));
    } else if (plan instanceof Deduplicate d) {
      found.add("deduplication keys " + types(d.keys()));
    } else if (plan instanceof DeduplicateWithinWatermark d) {
      found.add("deduplication within watermark keys " + types(d.keys()));
    } else if (plan instanceof Join j && j.left().isStreaming() && j.right().isStreaming()) {
      found.add("stream-stream join " + j.joinType().sql());
    } else if (OTHER_STATEFUL.contains(plan.nodeName())) {
      found.add(plan.nodeName());
    }
  }

  /** The aggregate buffers of an aggregation: what its state stores per key. */
  private static List<Attribute> buffers(Aggregate aggregate) {
    List<Attribute> buffers = new ArrayList<>();
    for (NamedExpression e : CollectionConverters.asJava(aggregate.aggregateExpressions())) {
      collectBuffers((Expression) e, buffers);
    }
    return buffers;
  }

  private static void collectBuffers(Expression e, List<Attribute> buffers) {
    if (e instanceof AggregateExpression agg) {
      buffers.addAll(CollectionConverters.asJava(agg.aggregateFunction().aggBufferAttributes()));
      return;
    }
    for (Expression child : CollectionConverters.asJava(e.children())) {
      collectBuffers(child, buffers);
    }
  }

  private static String types(scala.collection.Seq<? extends Expression> expressions) {
    return types(CollectionConverters.asJava(expressions));
  }

  private static String types(List<? extends Expression> expressions) {
    return expressions.stream()
        .map(e -> e.dataType().simpleString())
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
