package io.streamjob.compile;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentSpec;
import io.streamjob.config.JobSpec;
import io.streamjob.value.OutputMode;
import io.streamjob.value.TriggerSpec;
import java.time.Duration;

/** What the real-time and continuous triggers need of the job, as Spark has it. */
final class TriggerCheck {
  /** Spark refuses real-time batches shorter than this unless this setting is lowered. */
  static final Duration REAL_TIME_MINIMUM = Duration.ofSeconds(5);

  static final String REAL_TIME_MINIMUM_CONF = "spark.sql.streaming.realTimeMode.minBatchDuration";

  private TriggerCheck() {}

  static void check(
      TriggerSpec trigger,
      ComponentSpec source,
      ComponentSpec sink,
      OutputMode mode,
      JobSpec job,
      Compilation c,
      Components components) {
    Capability needed;
    String label;
    if (trigger.kind() == TriggerSpec.Kind.REAL_TIME) {
      needed = Capability.REAL_TIME;
      label = "the real-time trigger";
      if (mode != null && mode != OutputMode.UPDATE) {
        c.problem("sink.trigger", "real-time needs --output-mode update");
      }
      if (trigger.interval().compareTo(REAL_TIME_MINIMUM) < 0
          && !job.spark().conf().containsKey(REAL_TIME_MINIMUM_CONF)) {
        c.problem(
            "sink.trigger",
            "real-time batches last at least 5s (they are checkpoint"
                + " intervals, not latency); give real-time=5s or more, or lower --conf "
                + REAL_TIME_MINIMUM_CONF);
      }
    } else if (trigger.kind() == TriggerSpec.Kind.CONTINUOUS) {
      needed = Capability.CONTINUOUS;
      label = "the continuous trigger";
    } else {
      return;
    }
    for (ComponentSpec component : new ComponentSpec[] {source, sink}) {
      if (component != null && component.declared() && !component.has(needed)) {
        c.problem(
            "sink.trigger",
            "Spark does not support "
                + label
                + " with "
                + component.kind().label()
                + " '"
                + component.name()
                + "'; "
                + component.kind().label()
                + "s that support it: "
                + String.join(", ", components.supporting(component.kind(), needed)));
      }
    }
  }
}
