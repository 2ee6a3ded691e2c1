package io.streamjob.chain;

import io.streamjob.value.OutputMode;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.analysis.UnsupportedOperationChecker;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.streaming.InternalOutputModes;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.execution.streaming.checkpointing.OffsetSeqMetadata;
import org.apache.spark.sql.execution.streaming.checkpointing.OffsetSeqMetadataBase;
import org.apache.spark.sql.execution.streaming.runtime.IncrementalExecution;
import org.apache.spark.sql.execution.streaming.runtime.WatermarkPropagator;
import org.apache.spark.sql.internal.SQLConf;
import scala.Option;

/**
 * The plan of a streaming query as its micro-batches execute it, without starting the query. A
 * streaming Dataset's own plan goes through the batch planner, which refuses stateful operators; a
 * running query plans each batch with Spark's {@link IncrementalExecution}, which adds the state
 * store operators, the streaming joins and the state's partitioning. This builds the same, for a
 * batch that is not the query's first: the first batch of a run is the one that writes the state's
 * schema and metadata into the checkpoint, so nothing is written here, and the sources stay unread
 * (their leaves show as {@code StreamingRelation}).
 */
final class StreamingPlan {
  /** Stands in for the checkpoint: with no first batch, Spark does not touch it. */
  private static final String NO_CHECKPOINT = "<not started>";

  private StreamingPlan() {}

  /**
   * {@code metadata}: the batch settings Spark plans with (the shuffle partitions among them); on a
   * resumed query, those recorded in its checkpoint.
   */
  static QueryExecution of(
      Dataset<Row> rows, OutputMode outputMode, OffsetSeqMetadataBase metadata) {
    org.apache.spark.sql.classic.Dataset<Row> ds = (org.apache.spark.sql.classic.Dataset<Row>) rows;
    // As a query's own session: adaptive execution and cost-based join reordering are off, since
    // they could change the state's partitioning between batches.
    SparkSession spark = ds.sparkSession().cloneSession();
    spark.conf().set(SQLConf.ADAPTIVE_EXECUTION_ENABLED().key(), "false");
    spark.conf().set(SQLConf.CBO_ENABLED().key(), "false");
    // Batch 0, not the run's first batch (false), no watermark yet; then Spark's own defaults.
    LogicalPlan analyzed = ds.queryExecution().analyzed();
    org.apache.spark.sql.streaming.OutputMode mode =
        InternalOutputModes.apply(outputMode.sparkName());
    if (spark.sessionState().conf().isUnsupportedOperationCheckEnabled()) {
      // What starting the query checks first: operators the output mode cannot run.
      UnsupportedOperationChecker.checkForStreaming(analyzed, mode);
    }
    return new IncrementalExecution(
        spark,
        analyzed,
        mode,
        NO_CHECKPOINT,
        UUID.randomUUID(),
        UUID.randomUUID(),
        0L,
        Option.empty(),
        metadata,
        WatermarkPropagator.noop(),
        false,
        IncrementalExecution.$lessinit$greater$default$12(),
        IncrementalExecution.$lessinit$greater$default$13(),
        IncrementalExecution.$lessinit$greater$default$14(),
        IncrementalExecution.$lessinit$greater$default$15());
  }

  /**
   * The batch settings Spark plans with: on a resumed query, those recorded in the checkpoint's
   * last offsets ({@code recorded}, its JSON; Spark keeps them over the session's), else the
   * session's, as for a new query.
   */
  static OffsetSeqMetadataBase metadata(SparkSession spark, String recorded) {
    if (recorded != null) {
      return OffsetSeqMetadata.apply(recorded);
    }
    OffsetSeqMetadata fresh = OffsetSeqMetadata.apply(0L, 0L, spark.conf());
    // A new query records the session's shuffle partitions (Spark copies them to an internal
    // setting when the query starts; nothing has copied them yet).
    return OffsetSeqMetadata.apply(
        0L,
        0L,
        fresh
            .conf()
            .updated(
                SQLConf.SHUFFLE_PARTITIONS().key(),
                String.valueOf(spark.sessionState().conf().numShufflePartitions())));
  }
}
