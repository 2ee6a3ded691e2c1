package io.streamjob.connector.jdbc;

import io.streamjob.binding.Connector;
import io.streamjob.binding.SinkBinding;
import io.streamjob.component.ComponentSpec;
import java.util.List;

/** Relational database tables over JDBC, written by streamjob itself, a batch per transaction. */
public final class JdbcConnector implements Connector {
  @Override
  public List<ComponentSpec> declarations() {
    return List.of(JdbcSink.spec());
  }

  @Override
  public SinkBinding sinkBinding() {
    return new JdbcSinkBinding();
  }
}
