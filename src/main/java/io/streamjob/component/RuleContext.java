package io.streamjob.component;

import io.streamjob.value.TriggerSpec;
import java.util.Map;

/**
 * What a rule sees of a job: the component it belongs to, the options given to it, and the trigger
 * (null when the trigger itself is not valid).
 */
public record RuleContext(
    ComponentSpec component, Map<String, String> options, TriggerSpec trigger) {
  /** How messages name the component, e.g. {@code sink 'jdbc'}. */
  public String owner() {
    return component.kind().label() + " '" + component.name() + "'";
  }

  /** The value given for {@code option}, or its declared default, or null. */
  public String value(String option) {
    return component.values(options).text(option);
  }
}
