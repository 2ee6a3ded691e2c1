package io.streamjob.connector;

import io.streamjob.binding.Connector;
import io.streamjob.binding.SinkBinding;
import io.streamjob.binding.SourceBinding;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.connector.console.ConsoleConnector;
import io.streamjob.connector.delta.DeltaConnector;
import io.streamjob.connector.files.FilesConnector;
import io.streamjob.connector.jdbc.JdbcConnector;
import io.streamjob.connector.kafka.KafkaConnector;
import io.streamjob.connector.rate.RateConnector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every connector streamjob has, one line each, in the order the catalogue lists them. A format
 * outside them still runs as Spark's, with Spark's behaviour and unchecked options.
 */
public final class Connectors {
  private static final List<Connector> ALL =
      List.of(
          new RateConnector(),
          new ConsoleConnector(),
          new KafkaConnector(),
          new FilesConnector(),
          new DeltaConnector(),
          new JdbcConnector());

  private static final Map<String, Connector> BY_COMPONENT = new HashMap<>();
  private static final Catalogue CATALOGUE;

  static {
    List<ComponentSpec> all = new ArrayList<>();
    for (Connector connector : ALL) {
      for (ComponentSpec component : connector.declarations()) {
        all.add(component);
        BY_COMPONENT.put(key(component), connector);
      }
    }
    CATALOGUE = new Catalogue(all);
  }

  private Connectors() {}

  /** The declarations of every connector's sources and sinks. */
  public static Catalogue catalogue() {
    return CATALOGUE;
  }

  /** The Spark side of {@code source}: its connector's, or Spark's own for an undeclared one. */
  public static SourceBinding sourceBinding(ComponentSpec source) {
    return connectorOf(source) == null
        ? SourceBinding.SPARK_FORMAT
        : connectorOf(source).sourceBinding();
  }

  /** The Spark side of {@code sink}: its connector's, or Spark's own for an undeclared one. */
  public static SinkBinding sinkBinding(ComponentSpec sink) {
    return connectorOf(sink) == null ? SinkBinding.SPARK_FORMAT : connectorOf(sink).sinkBinding();
  }

  private static Connector connectorOf(ComponentSpec component) {
    return component.declared() ? BY_COMPONENT.get(key(component)) : null;
  }

  private static String key(ComponentSpec component) {
    return component.kind() + " " + component.name();
  }
}
