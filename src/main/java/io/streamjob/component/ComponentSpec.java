package io.streamjob.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A source or sink: its name (the Spark format), what it is for, its options, the option prefixes
 * passed to Spark unchecked (such as {@code kafka.}), and its capabilities.
 *
 * @param exactlyOneOf groups of options of which exactly one must be given
 * @param conflicts pairs of options that must not be given together, and why
 * @param passesUndeclared true when an option streamjob does not declare still goes to Spark (with
 *     a warning): Spark's own formats take more options than any list keeps up with; false for
 *     components streamjob implements itself, which know every option they take
 * @param rules the component's other rules (conditional on an option, on the trigger ...)
 * @param identityOptions the options naming what a checkpoint is bound to (a topic, a path), in
 *     order of preference: the first one given identifies the component in the checkpoint
 * @param sessionConf Spark settings a session needs for this component, set unless the user did
 * @param declared false for a format streamjob does not know, handed to Spark as it is: none of the
 *     declaration's checks apply to it
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
    boolean passesUndeclared,
    List<Rule> rules,
    List<String> identityOptions,
    Map<String, String> sessionConf,
    boolean declared) {

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
    rules = List.copyOf(rules);
    identityOptions = List.copyOf(identityOptions);
    sessionConf = Collections.unmodifiableMap(new LinkedHashMap<>(sessionConf));
  }

  /**
   * A format outside the catalogue, which Spark may still know: its options go to Spark as they
   * are, and a checkpoint is bound to the options that usually name a stream's origin or target.
   */
  public static ComponentSpec undeclared(Kind kind, String name) {
    List<String> identity =
        kind == Kind.SOURCE
            ? List.of("subscribe", "subscribePattern", "assign", "path", "host")
            : List.of("path", "table");
    return new ComponentSpec(
        kind, name, "", List.of(), List.of(), Set.of(), List.of(), List.of(), true, List.of(),
        identity, Map.of(), false);
  }

  /** The options given to this component, read through its declarations (with their defaults). */
  public OptionValues values(Map<String, String> given) {
    return new OptionValues(this, given);
  }

  /** The option that the flag {@code shorthand} (e.g. {@code --topic}) stands for, if any. */
  public Optional<OptionSpec> optionForShorthand(String shorthand) {
    return options.stream().filter(o -> shorthand.equals(o.shorthand())).findFirst();
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
