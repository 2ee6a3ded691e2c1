package io.streamjob.run;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/** Hands every progress report of one query to the parts of a run that need it. */
public final class ProgressListener extends StreamingQueryListener {
  private final UUID queryId;
  private final List<Consumer<StreamingQueryProgress>> consumers;

  public ProgressListener(UUID queryId, List<Consumer<StreamingQueryProgress>> consumers) {
    this.queryId = queryId;
    this.consumers = List.copyOf(consumers);
  }

  @Override
  public void onQueryStarted(QueryStartedEvent event) {}

  @Override
  public void onQueryProgress(QueryProgressEvent event) {
    if (queryId.equals(event.progress().id())) {
      consumers.forEach(c -> c.accept(event.progress()));
    }
  }

  @Override
  public void onQueryTerminated(QueryTerminatedEvent event) {}
}
