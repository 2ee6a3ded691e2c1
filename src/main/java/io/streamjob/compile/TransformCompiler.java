package io.streamjob.compile;

import io.streamjob.config.TransformSpec;
import io.streamjob.plan.TransformPlan;
import io.streamjob.value.Watermark;

/** The transforms of a job, parsed: the watermark and the dedup columns. */
final class TransformCompiler {
  private TransformCompiler() {}

  static TransformPlan compile(TransformSpec t, Compilation c) {
    Watermark watermark =
        t.watermark() == null
            ? null
            : c.parse(() -> Watermark.parse(t.watermark(), c.origins.of("transform.watermark")));
    if (t.dedup().stream().anyMatch(String::isBlank)) {
      c.problem("transform.dedup", "give column names separated by commas, e.g. --dedup id");
    }
    return new TransformPlan(
        watermark,
        t.where(),
        t.select(),
        t.sql(),
        t.dedup().stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
        c.origins);
  }
}
