package io.streamjob.component;

import io.streamjob.value.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options given to a component, read through its declarations: an absent option has its
 * declared default, so each default is written once, in the declaration. The values have been
 * checked against their types when the job was compiled.
 */
public final class OptionValues {
  private final ComponentSpec component;
  private final Map<String, String> given;

  OptionValues(ComponentSpec component, Map<String, String> given) {
    this.component = component;
    this.given = Map.copyOf(given);
  }

  /** The value given, else the declared default; null when neither. */
  public String text(String name) {
    String value = given.get(name);
    if (value == null) {
      String lower = name.toLowerCase(Locale.ROOT);
      value =
          given.entrySet().stream()
              .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lower))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
    }
    return value != null
        ? value
        : component.option(name).map(OptionSpec::defaultValue).orElse(null);
  }

  public int integer(String name) {
    return Integer.parseInt(required(name).trim());
  }

  public boolean bool(String name) {
    return Boolean.parseBoolean(required(name).trim());
  }

  public Duration duration(String name) {
    return Durations.parse(required(name), name);
  }

  /** A comma-separated list; empty when absent. */
  public List<String> list(String name) {
    String value = text(name);
    return value == null
        ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private String required(String name) {
    String value = text(name);
    if (value == null) {
      throw new IllegalStateException(component.name() + " has no value nor default for " + name);
    }
    return value;
  }
}
