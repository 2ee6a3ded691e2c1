package io.streamjob.component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source or sink: its name (the Spark format), what it is for, its options, the option
 * prefixes passed to Spark unchecked (such as {@code kafka.}), and its capabilities.
 *
 * @param exactlyOneOf groups of options of which exactly one must be given
 * @param conflicts pairs of options that must not be given together, and why
 * @param passesUndeclared true when an option streamjob does not declare still goes to Spark
 *     (with a warning): Spark's own formats take more options than any list keeps up with; false
 *     for components streamjob implements itself, which know every option they take
 */
public record ComponentSpec(
    Kind kind,
    String name,
    String description,
    List<OptionSpec> options,
    List<String> passThroughPrefixes,
    Set<Capability> capabilities,
    List<List<String>> exactlyOneOf,
    List<Conflict> conflicts,
    boolean passesUndeclared) {

  /** Options {@code first} and {@code second} must not be given together, because {@code why}. */
  public record Conflict(String first, String second, String why) {}


  public enum Kind {
    SOURCE,
    SINK;

    public String label() {
      return this == SOURCE ? "source" : "sink";
    }
  }

  public ComponentSpec {
    options = List.copyOf(options);
    passThroughPrefixes = List.copyOf(passThroughPrefixes);
    capabilities = Set.copyOf(capabilities);
    exactlyOneOf = List.copyOf(exactlyOneOf);
    conflicts = List.copyOf(conflicts);
  }

  public boolean has(Capability capability) {
    return capabilities.contains(capability);
  }

  public Optional<OptionSpec> option(String key) {
    return options.stream().filter(o -> o.name().equalsIgnoreCase(key)).findFirst();
  }

  public boolean passesThrough(String key) {
    return passThroughPrefixes.stream().anyMatch(key::startsWith);
  }
}
