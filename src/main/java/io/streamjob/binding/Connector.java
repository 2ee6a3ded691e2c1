package io.streamjob.binding;

import io.streamjob.component.ComponentSpec;
import java.util.List;

/**
 * A family of sources and sinks (Kafka, files, JDBC ...): their declarations, which validation and
 * the docs read without Spark, and their Spark bindings, created only when a job is built.
 */
public interface Connector {
  List<ComponentSpec> declarations();

  /** The binding of this family's sources. */
  default SourceBinding sourceBinding() {
    return SourceBinding.SPARK_FORMAT;
  }

  /** The binding of this family's sinks. */
  default SinkBinding sinkBinding() {
    return SinkBinding.SPARK_FORMAT;
  }
}
