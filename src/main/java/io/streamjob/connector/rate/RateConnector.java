package io.streamjob.connector.rate;

import io.streamjob.binding.Connector;
import io.streamjob.component.ComponentSpec;
import java.util.List;

/** Spark's rate, rate-micro-batch and socket sources, as Spark reads them. */
public final class RateConnector implements Connector {
  @Override
  public List<ComponentSpec> declarations() {
    return List.of(RateSources.rate(), RateSources.rateMicroBatch(), RateSources.socket());
  }
}
