package io.streamjob.component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link ComponentSpec} one declaration at a time, so each component reads as a list. */
public final class ComponentBuilder {
  private final ComponentSpec.Kind kind;
  private final String name;
  private final String description;
  private final List<OptionSpec> options = new ArrayList<>();
  private final List<String> prefixes = new ArrayList<>();
  private final Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
  private final List<List<String>> exactlyOneOf = new ArrayList<>();
  private final List<ComponentSpec.Conflict> conflicts = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();
  private final List<String> identityOptions = new ArrayList<>();
  private final Map<String, String> sessionConf = new LinkedHashMap<>();
  private boolean passesUndeclared = true;

  private ComponentBuilder(ComponentSpec.Kind kind, String name, String description) {
    this.kind = kind;
    this.name = name;
    this.description = description;
  }

  public static ComponentBuilder source(String name, String description) {
    return new ComponentBuilder(ComponentSpec.Kind.SOURCE, name, description);
  }

  public static ComponentBuilder sink(String name, String description) {
    return new ComponentBuilder(ComponentSpec.Kind.SINK, name, description);
  }

  public ComponentBuilder option(OptionSpec option) {
    options.add(option);
    return this;
  }

  public ComponentBuilder options(List<OptionSpec> more) {
    options.addAll(more);
    return this;
  }

  public ComponentBuilder passThrough(String prefix) {
    prefixes.add(prefix);
    return this;
  }

  public ComponentBuilder can(Capability... more) {
    capabilities.addAll(List.of(more));
    return this;
  }

  public ComponentBuilder exactlyOneOf(String... names) {
    exactlyOneOf.add(List.of(names));
    return this;
  }

  public ComponentBuilder notTogether(String first, String second, String why) {
    conflicts.add(new ComponentSpec.Conflict(first, second, why));
    return this;
  }

  public ComponentBuilder rule(Rule rule) {
    rules.add(rule);
    return this;
  }

  /** The options that name what a checkpoint is bound to, in order of preference. */
  public ComponentBuilder identifiedBy(String... names) {
    identityOptions.addAll(List.of(names));
    return this;
  }

  /** Spark settings the session needs for this component. */
  public ComponentBuilder sessionConf(Map<String, String> conf) {
    sessionConf.putAll(conf);
    return this;
  }

  /** streamjob implements this component and reads every option itself: refuse the others. */
  public ComponentBuilder declaredOptionsOnly() {
    passesUndeclared = false;
    return this;
  }

  public ComponentSpec build() {
    return new ComponentSpec(
        kind,
        name,
        description,
        options,
        prefixes,
        capabilities,
        exactlyOneOf,
        conflicts,
        passesUndeclared,
        rules,
        identityOptions,
        sessionConf,
        true);
  }
}
