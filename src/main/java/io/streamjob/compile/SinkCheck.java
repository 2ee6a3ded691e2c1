package io.streamjob.compile;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentSpec;
import io.streamjob.config.JobSpec;
import io.streamjob.value.OutputMode;

/** What a sink needs of the job: a checkpoint, an output mode it supports, a query name. */
final class SinkCheck {
  private SinkCheck() {}

  static void check(ComponentSpec sink, JobSpec job, OutputMode mode, Compilation c) {
    if (sink.has(Capability.NEEDS_CHECKPOINT) && blank(job.sink().checkpoint())) {
      c.problem(
          "sink.checkpoint",
          "sink '"
              + sink.name()
              + "' needs --checkpoint DIR, where"
              + " Spark records progress so that a restart neither loses nor repeats records");
    }
    if (sink.has(Capability.APPEND_ONLY) && mode != null && mode != OutputMode.APPEND) {
      c.problem(
          "sink.output-mode",
          "sink '"
              + sink.name()
              + "' writes files and supports only"
              + " append; for an aggregation use append with a --watermark (rows are written once"
              + " their window closes), or a sink that supports "
              + mode.sparkName());
    }
    if (sink.has(Capability.NO_UPDATE) && mode == OutputMode.UPDATE) {
      c.problem(
          "sink.output-mode",
          "sink '" + sink.name() + "' supports append and complete," + " not update");
    }
    if (sink.has(Capability.NEEDS_QUERY_NAME) && blank(job.name())) {
      c.problem(
          "name",
          "sink '"
              + sink.name()
              + "' needs --query-name NAME; the rows are kept"
              + " in a table of that name");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
