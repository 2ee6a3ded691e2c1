package io.streamjob.connector.files;

import io.streamjob.binding.Connector;
import io.streamjob.binding.SinkBinding;
import io.streamjob.binding.SourceBinding;
import io.streamjob.component.ComponentSpec;
import java.util.ArrayList;
import java.util.List;

/** Files in a directory (JSON, CSV, Parquet, ORC, text), read as they arrive and written once. */
public final class FilesConnector implements Connector {
  @Override
  public List<ComponentSpec> declarations() {
    List<ComponentSpec> all = new ArrayList<>(FileSources.all());
    all.addAll(FileSinks.all());
    return all;
  }

  @Override
  public SourceBinding sourceBinding() {
    return new FileSourceBinding();
  }

  @Override
  public SinkBinding sinkBinding() {
    return new FileSinkBinding();
  }
}
