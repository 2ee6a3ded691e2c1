package io.streamjob.compile;

import io.streamjob.component.Capability;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.component.OptionsCheck;
import io.streamjob.component.Rule;
import io.streamjob.component.RuleContext;
import io.streamjob.config.Origins;
import io.streamjob.value.Suggestions;
import io.streamjob.value.TriggerSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The job's components as the catalogue declares them: found by name, their options and their rules
 * checked.
 */
final class Components {
  private final Catalogue catalogue;
  private final Predicate<String> otherSparkFormat;

  Components(Catalogue catalogue, Predicate<String> otherSparkFormat) {
    this.catalogue = catalogue;
    this.otherSparkFormat = otherSparkFormat;
  }

  /** The component named {@code name}: declared, or undeclared but known to Spark; else null. */
  ComponentSpec find(Kind kind, String name, String key, Compilation c) {
    List<String> known = catalogue.names(kind);
    String knownList = "known " + kind.label() + "s: " + String.join(", ", known);
    if (name == null || name.isBlank()) {
      c.problems.add(c.origins.of(key) + " is required; " + knownList);
      return null;
    }
    ComponentSpec found = catalogue.find(kind, name).orElse(null);
    if (found != null) {
      return found;
    }
    if (!otherSparkFormat.test(name)) {
      c.problem(
          key,
          "unknown "
              + kind.label()
              + " '"
              + name
              + "'"
              + Suggestions.didYouMean(name, known)
              + "; "
              + knownList
              + " (or any data source registered with Spark)");
      return null;
    }
    return ComponentSpec.undeclared(kind, name);
  }

  static void checkOptions(
      ComponentSpec component, Map<String, String> given, String prefix, Compilation c) {
    if (component == null) {
      return;
    }
    String flag = Origins.flag(prefix);
    c.problems.addAll(
        OptionsCheck.problems(component, given, flag, option -> c.origins.of(prefix + option)));
    OptionsCheck.warning(component, given, flag).ifPresent(c.warnings::add);
  }

  static void checkRules(
      ComponentSpec component,
      Map<String, String> given,
      TriggerSpec trigger,
      String prefix,
      Compilation c) {
    if (component == null) {
      return;
    }
    RuleContext context = new RuleContext(component, given, trigger);
    for (Rule rule : component.rules()) {
      rule.check(context)
          .ifPresent(broken -> c.problem(prefix + broken.option(), broken.message()));
    }
  }

  /** The components of {@code kind} that have {@code needed}, by name. */
  List<String> supporting(Kind kind, Capability needed) {
    return catalogue.all(kind).stream()
        .filter(c -> c.has(needed))
        .map(ComponentSpec::name)
        .toList();
  }
}
