package io.streamjob.deadletter;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;

/**
 * Good and bad records decoded per batch id, summed over the tasks of the batch, so that the driver
 * can check the share of bad records of each batch once it has committed.
 */
public final class BatchCounts extends AccumulatorV2<long[], Map<Long, long[]>> {
  /** One task's figures: {batchId, good, bad}. */
  private final Map<Long, long[]> counts = new HashMap<>();

  @Override
  public boolean isZero() {
    synchronized (counts) {
      return counts.isEmpty();
    }
  }

  @Override
  public AccumulatorV2<long[], Map<Long, long[]>> copy() {
    BatchCounts copy = new BatchCounts();
    synchronized (counts) {
      counts.forEach((k, v) -> copy.counts.put(k, v.clone()));
    }
    return copy;
  }

  @Override
  public void reset() {
    synchronized (counts) {
      counts.clear();
    }
  }

  @Override
  public void add(long[] v) {
    synchronized (counts) {
      long[] sum = counts.computeIfAbsent(v[0], k -> new long[2]);
      sum[0] += v[1];
      sum[1] += v[2];
    }
  }

  @Override
  public void merge(AccumulatorV2<long[], Map<Long, long[]>> other) {
    other.value().forEach((batch, v) -> add(new long[] {batch, v[0], v[1]}));
  }

  @Override
  public Map<Long, long[]> value() {
    synchronized (counts) {
      Map<Long, long[]> copy = new HashMap<>();
      counts.forEach((k, v) -> copy.put(k, v.clone()));
      return copy;
    }
  }
}
