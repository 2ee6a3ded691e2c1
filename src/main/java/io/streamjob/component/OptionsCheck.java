package io.streamjob.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a component's options against its declarations and returns every problem found, so
 * that a user fixes them all in one go. Values are never echoed for secret options.
 */
public final class OptionsCheck {
  private OptionsCheck() {}

  /** {@code flag} names where the options came from, e.g. {@code --source-option}. */
  public static List<String> problems(ComponentSpec spec, Map<String, String> given, String flag) {
    List<String> problems = new ArrayList<>();
    String owner = spec.kind().label() + " '" + spec.name() + "'";
    List<String> known =
        spec.options().stream().filter(o -> o.rejection() == null).map(OptionSpec::name).toList();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      String key = entry.getKey();
      // Declared options first: a pass-through prefix must not hide a rejected kafka.* option.
      var declared = spec.option(key);
      if (declared.isPresent()) {
        checkValue(declared.get(), entry.getValue(), owner, flag, problems);
      } else if (!spec.passesThrough(key)) {
        problems.add(unknown(key, known, spec, owner, flag));
      }
    }
    for (OptionSpec option : spec.options()) {
      if (option.required() && !containsIgnoreCase(given, option.name())) {
        problems.add(
            flag + ": " + owner + " needs option '" + option.name() + "' (" + option.description()
                + "); give " + flag + " " + option.name() + "=...");
      }
    }
    for (List<String> group : spec.exactlyOneOf()) {
      long present = group.stream().filter(name -> containsIgnoreCase(given, name)).count();
      if (present != 1) {
        problems.add(
            flag + ": " + owner + " needs exactly one of " + String.join(", ", group)
                + (present == 0 ? " (none given)" : " (" + present + " given)"));
      }
    }
    for (ComponentSpec.Conflict conflict : spec.conflicts()) {
      if (containsIgnoreCase(given, conflict.first()) && containsIgnoreCase(given, conflict.second())) {
        problems.add(
            flag + ": " + owner + " takes '" + conflict.first() + "' or '" + conflict.second()
                + "', not both: " + conflict.why());
      }
    }
    return problems;
  }

  private static void checkValue(
      OptionSpec option, String value, String owner, String flag, List<String> problems) {
    if (option.rejection() != null) {
      problems.add(
          flag + ": option '" + option.name() + "' of " + owner + " is not supported: "
              + option.rejection());
      return;
    }
    String shown = option.sensitive() ? "(secret value)" : "'" + value + "'";
    String typeProblem = option.type().check(value);
    if (typeProblem != null) {
      problems.add(
          flag + ": option '" + option.name() + "' of " + owner + " " + typeProblem + ", got "
              + shown);
      return;
    }
    if (!option.allowedValues().isEmpty()
        && option.allowedValues().stream().noneMatch(v -> v.equalsIgnoreCase(value.trim()))) {
      problems.add(
          flag + ": option '" + option.name() + "' of " + owner + " must be one of "
              + String.join(", ", option.allowedValues()) + ", got " + shown);
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
    return flag + ": unknown option '" + key + "' for " + owner + Suggestions.didYouMean(key, known)
        + "; supported: " + supported + prefixes;
  }

  private static boolean containsIgnoreCase(Map<String, String> given, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return given.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(lower));
  }
}
