package io.streamjob.connector.console;

import io.streamjob.binding.Connector;
import io.streamjob.component.ComponentSpec;
import java.util.List;

/** Spark's console, noop and memory sinks, as Spark writes them. */
public final class ConsoleConnector implements Connector {
  @Override
  public List<ComponentSpec> declarations() {
    return List.of(ConsoleSinks.console(), ConsoleSinks.noop(), ConsoleSinks.memory());
  }
}
