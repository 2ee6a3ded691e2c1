package io.streamjob.component;

import io.streamjob.value.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a component's options against its declarations and returns every problem found, so that a
 * user fixes them all in one go. Values are never echoed for secret options.
 *
 * <p>An option a Spark format takes but streamjob does not declare is passed on with a warning
 * ({@link #warning}); a name one edit away from a declared option is taken for a typo of it.
 */
public final class OptionsCheck {
  private OptionsCheck() {}

  /** {@code flag} names where the options came from, e.g. {@code --source-option}. */
  public static List<String> problems(ComponentSpec spec, Map<String, String> given, String flag) {
    return problems(spec, given, flag, option -> flag);
  }

  /**
   * {@code originOf} names where one option was given, e.g. {@code job.yaml:9 (sink.options.mode)},
   * or where it would be given when it is missing.
   */
  public static List<String> problems(
      ComponentSpec spec,
      Map<String, String> given,
      String flag,
      Function<String, String> originOf) {
    List<String> problems = new ArrayList<>();
    String owner = spec.kind().label() + " '" + spec.name() + "'";
    List<String> known = accepted(spec);
    for (Map.Entry<String, String> entry : given.entrySet()) {
      String key = entry.getKey();
      // Declared options first: a pass-through prefix must not hide a rejected kafka.* option.
      var declared = spec.option(key);
      if (declared.isPresent()) {
        checkValue(declared.get(), entry.getValue(), owner, originOf.apply(key), problems);
      } else if (Suggestions.oneEditAway(key, known).isPresent()
          || !spec.passesThrough(key) && !spec.passesUndeclared()) {
        problems.add(unknown(key, known, spec, owner, originOf.apply(key)));
      }
    }
    for (OptionSpec option : spec.options()) {
      if (option.required() && !containsIgnoreCase(given, option.name())) {
        problems.add(
            originOf.apply(option.name())
                + ": "
                + owner
                + " needs option '"
                + option.name()
                + "' ("
                + option.description()
                + "); give "
                + flag
                + " "
                + option.name()
                + "=...");
      }
    }
    for (List<String> group : spec.exactlyOneOf()) {
      long present = group.stream().filter(name -> containsIgnoreCase(given, name)).count();
      if (present != 1) {
        problems.add(
            flag
                + ": "
                + owner
                + " needs exactly one of "
                + String.join(", ", group)
                + (present == 0 ? " (none given)" : " (" + present + " given)"));
      }
    }
    for (ComponentSpec.Conflict conflict : spec.conflicts()) {
      if (containsIgnoreCase(given, conflict.first())
          && containsIgnoreCase(given, conflict.second())) {
        problems.add(
            originOf.apply(conflict.second())
                + ": "
                + owner
                + " takes '"
                + conflict.first()
                + "' or '"
                + conflict.second()
                + "', not both: "
                + conflict.why());
      }
    }
    return problems;
  }

  /**
   * The warning that names the options handed to Spark unchecked (neither declared, nor under a
   * pass-through prefix such as {@code kafka.}, nor a typo of a declared one), if there are any.
   */
  public static Optional<String> warning(
      ComponentSpec spec, Map<String, String> given, String flag) {
    if (!spec.passesUndeclared()) {
      return Optional.empty();
    }
    List<String> known = accepted(spec);
    List<String> unchecked =
        given.keySet().stream()
            .filter(key -> spec.option(key).isEmpty() && !spec.passesThrough(key))
            .filter(key -> Suggestions.oneEditAway(key, known).isEmpty())
            .sorted()
            .toList();
    if (unchecked.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        flag
            + ": "
            + spec.kind().label()
            + " '"
            + spec.name()
            + "' does not declare "
            + unchecked.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "))
            + "; passed to Spark as given, unchecked (Spark ignores an option it does not know)");
  }

  private static List<String> accepted(ComponentSpec spec) {
    return spec.options().stream()
        .filter(o -> o.rejection() == null)
        .map(OptionSpec::name)
        .toList();
  }

  private static void checkValue(
      OptionSpec option, String value, String owner, String flag, List<String> problems) {
    if (option.rejection() != null) {
      problems.add(
          flag
              + ": option '"
              + option.name()
              + "' of "
              + owner
              + " is not supported: "
              + option.rejection());
      return;
    }
    String shown = option.sensitive() ? "(secret value)" : "'" + value + "'";
    String typeProblem = option.type().check(value);
    if (typeProblem != null) {
      problems.add(
          flag
              + ": option '"
              + option.name()
              + "' of "
              + owner
              + " "
              + typeProblem
              + ", got "
              + shown);
      return;
    }
    if (!option.allowedValues().isEmpty()
        && option.allowedValues().stream().noneMatch(v -> v.equalsIgnoreCase(value.trim()))) {
      problems.add(
          flag
              + ": option '"
              + option.name()
              + "' of "
              + owner
              + " must be one of "
              + String.join(", ", option.allowedValues())
              + ", got "
              + shown);
    }
  }

  private static String unknown(
      String key, List<String> known, ComponentSpec spec, String owner, String flag) {
    String supported = known.isEmpty() ? "none" : String.join(", ", known);
    String prefixes =
        spec.passThroughPrefixes().isEmpty()
            ? ""
            : "; options starting with "
                + spec.passThroughPrefixes().stream()
                    .map(p -> "'" + p + "'")
                    .collect(Collectors.joining(", "))
                + " are passed through";
    return flag
        + ": unknown option '"
        + key
        + "' for "
        + owner
        + Suggestions.didYouMean(key, known)
        + "; supported: "
        + supported
        + prefixes;
  }

  private static boolean containsIgnoreCase(Map<String, String> given, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return given.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(lower));
  }
}
