package io.streamjob.deadletter;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Inside the query, per task: passes rows that decoded on, and writes the others to the dead
 * letters, which it commits when the task has read its whole partition. Counts both per batch.
 */
public final class DeadLetterSplitter implements MapPartitionsFunction<Row, Row> {
  /** Columns the decoder adds for this step; removed after it. */
  public static final String BAD = "__bad";

  public static final String RAW = "__raw";
  public static final String DECODED_TO_NULL = "__null";
  public static final String POSITION = "__position";
  public static final String FILE = "__file";

  /** The Spark local property that holds the running micro-batch's id. */
  private static final String BATCH_ID = "streaming.sql.batchId";

  private final Target target;
  private final String format;
  private final String schema;
  private final BatchCounts counts;

  /** Where dead letters go, in a form that travels to the executors. */
  public record Target(
      String directory,
      SerializableConfiguration hadoop,
      String kafkaTopic,
      Map<String, String> kafkaOptions)
      implements Serializable {
    /** Never the Kafka options: they may hold credentials. */
    @Override
    public String toString() {
      return kafkaTopic != null ? "kafka topic " + kafkaTopic : directory;
    }
  }

  public DeadLetterSplitter(Target target, String format, String schema, BatchCounts counts) {
    this.target = target;
    this.format = format;
    this.schema = schema;
    this.counts = counts;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    TaskContext task = TaskContext.get();
    String id = task == null ? null : task.getLocalProperty(BATCH_ID);
    long batchId = id == null ? -1 : Long.parseLong(id);
    int partition = task == null ? 0 : task.partitionId();
    long attempt = task == null ? 0 : task.taskAttemptId();
    return new Iterator<>() {
      private Row next;
      private DeadLetterWriter writer;
      private long good;
      private long bad;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          if (!rows.hasNext()) {
            finish();
            return false;
          }
          Row row = rows.next();
          if (row.getBoolean(row.fieldIndex(BAD))) {
            deadLetter(row);
          } else {
            good++;
            next = row;
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }

      private void deadLetter(Row row) {
        bad++;
        String raw = row.getString(row.fieldIndex(RAW));
        String reason =
            DeadLetterRecord.reason(
                raw, row.getBoolean(row.fieldIndex(DECODED_TO_NULL)), format, schema);
        String position = row.getString(row.fieldIndex(POSITION));
        boolean kafka = has(row, "topic") && has(row, "partition") && has(row, "offset");
        String json =
            DeadLetterRecord.json(
                raw,
                reason,
                position,
                has(row, "key") ? String.valueOf(row.get(row.fieldIndex("key"))) : null,
                kafka ? row.getString(row.fieldIndex("topic")) : null,
                kafka ? row.getInt(row.fieldIndex("partition")) : null,
                kafka ? row.getLong(row.fieldIndex("offset")) : null,
                has(row, FILE) ? row.getString(row.fieldIndex(FILE)) : null,
                batchId);
        try {
          if (writer == null) {
            writer =
                target.kafkaTopic() != null
                    ? new KafkaDeadLetters(target.kafkaTopic(), target.kafkaOptions())
                    : new FileDeadLetters(
                        target.directory(), target.hadoop().value(), batchId, partition, attempt);
          }
          writer.write(position, json);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write dead letters to " + target, e);
        }
      }

      private void finish() {
        done = true;
        try {
          if (writer != null) {
            writer.commit();
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write dead letters to " + target, e);
        }
        counts.add(new long[] {batchId, good, bad});
      }
    };
  }

  private static boolean has(Row row, String field) {
    try {
      return !row.isNullAt(row.fieldIndex(field));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
