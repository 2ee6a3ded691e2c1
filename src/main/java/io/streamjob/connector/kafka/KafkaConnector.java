package io.streamjob.connector.kafka;

import io.streamjob.binding.Connector;
import io.streamjob.binding.SinkBinding;
import io.streamjob.binding.SourceBinding;
import io.streamjob.component.ComponentSpec;
import java.util.List;

/** Kafka topics, read and written through Spark's Kafka connector. */
public final class KafkaConnector implements Connector {
  @Override
  public List<ComponentSpec> declarations() {
    return List.of(KafkaSource.spec(), KafkaSink.spec());
  }

  @Override
  public SourceBinding sourceBinding() {
    return new KafkaSourceBinding();
  }

  @Override
  public SinkBinding sinkBinding() {
    return new KafkaSinkBinding();
  }
}
