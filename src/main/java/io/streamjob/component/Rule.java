package io.streamjob.component;

import java.util.Optional;

/**
 * A rule of a component beyond its options' types: one option conditional on another, on the
 * trigger, on the other side of the job. Declared with the component, checked when a job is
 * compiled, and shown by {@code describe} and docs/components.md in its own words.
 */
public interface Rule {
  /** What the job breaks, if anything. */
  Optional<Broken> check(RuleContext context);

  /** The rule as the catalogue shows it: a sentence. */
  String text();

  /**
   * A broken rule: the option it is about (whose origin the message is given under, e.g. {@code
   * --sink-option mode} or {@code job.yaml:9 (sink.options.mode)}) and what is wrong.
   */
  record Broken(String option, String message) {}
}
