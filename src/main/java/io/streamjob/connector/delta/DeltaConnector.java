package io.streamjob.connector.delta;

import io.streamjob.binding.Connector;
import io.streamjob.binding.SinkBinding;
import io.streamjob.component.ComponentSpec;
import java.util.List;

/** Delta Lake tables (Delta is bundled): read as a stream of commits, written exactly once. */
public final class DeltaConnector implements Connector {
  @Override
  public List<ComponentSpec> declarations() {
    return List.of(DeltaSource.spec(), DeltaSink.spec());
  }

  @Override
  public SinkBinding sinkBinding() {
    return new DeltaSinkBinding();
  }
}
