package io.streamjob.compile;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.config.SinkSpec;
import io.streamjob.value.DeadLetterTarget;
import io.streamjob.value.ValueFormat;

/** Where records that cannot be decoded go, and when too many of them stop the job. */
final class DeadLetterCheck {
  private DeadLetterCheck() {}

  static Double ratio(SinkSpec sink, DeadLetterTarget deadLetter, Compilation c) {
    String text = sink.maxBadRecordsRatio();
    if (text == null) {
      return null;
    }
    Double ratio = null;
    try {
      ratio = Double.parseDouble(text);
      if (ratio < 0 || ratio > 1) {
        c.problem("sink.max-bad-records-ratio", text + " is not between 0 and 1");
      }
    } catch (NumberFormatException e) {
      c.problem("sink.max-bad-records-ratio", "'" + text + "' is not a number between 0 and 1");
    }
    if (deadLetter == null) {
      c.problem(
          "sink.max-bad-records-ratio",
          "needs --dead-letter: without it the first record"
              + " that cannot be decoded stops the job");
    }
    return ratio;
  }

  static void check(
      ComponentSpec source,
      DeadLetterTarget target,
      ValueFormat format,
      Compilation c,
      Components components) {
    if (!source.has(Capability.DECODES_VALUE) || format == null || format == ValueFormat.TEXT) {
      c.problem(
          "sink.dead-letter",
          "only values decoded with --value-format json or csv can be"
              + " dead-lettered; for JSON or CSV files use --source text --value-format json|csv");
    }
    if (target.isKafka() && !source.has(Capability.DEAD_LETTERS_TO_KAFKA)) {
      c.problem(
          "sink.dead-letter",
          "kafka:TOPIC writes through the source's Kafka connection,"
              + " which source '"
              + source.name()
              + "' does not have (sources that do: "
              + String.join(
                  ", ", components.supporting(Kind.SOURCE, Capability.DEAD_LETTERS_TO_KAFKA))
              + "): give a directory instead");
    }
    if (target.isKafka() && target.kafkaTopic().isBlank()) {
      c.problem("sink.dead-letter", "kafka: needs a topic, e.g. kafka:orders-dead-letters");
    }
  }
}
