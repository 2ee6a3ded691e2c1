package io.streamjob.plan;

import io.streamjob.component.ComponentSpec;
import io.streamjob.config.Origins;
import io.streamjob.value.DeadLetterTarget;
import io.streamjob.value.OutputMode;
import io.streamjob.value.TriggerSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where results go and how the query is driven.
 *
 * @param checkpoint the checkpoint location, or null (Spark then uses a temporary one)
 * @param deadLetter where records that cannot be decoded go, or null: a bad record stops the job
 * @param maxBadRecordsRatio the share of bad records in a batch above which the job stops, or null
 */
public record SinkPlan(
    ComponentSpec component,
    Map<String, String> options,
    OutputMode outputMode,
    TriggerSpec trigger,
    String checkpoint,
    DeadLetterTarget deadLetter,
    Double maxBadRecordsRatio,
    Origins origins)
    implements ComponentPlan {

  public SinkPlan {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  @Override
  public String section() {
    return "sink";
  }
}
