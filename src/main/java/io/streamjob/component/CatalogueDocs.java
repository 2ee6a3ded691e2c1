package io.streamjob.component;

import io.streamjob.component.ComponentSpec.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders the catalogue from the same declarations that validation uses: a short list, one
 * component in detail, and the whole catalogue as Markdown (docs/components.md).
 */
public final class CatalogueDocs {
  public static final String GENERATE_COMMAND =
      "bin/streamjob list --format markdown > docs/components.md";

  private final Catalogue catalogue;

  public CatalogueDocs(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** {@code streamjob list}: names and descriptions. */
  public String list() {
    StringBuilder out = new StringBuilder();
    for (Kind kind : Kind.values()) {
      out.append(kind.label()).append("s:\n");
      for (ComponentSpec c : catalogue.all(kind)) {
        out.append(String.format("  %-18s %s%n", c.name(), c.description()));
      }
    }
    out.append("\nOptions of one: streamjob describe source|sink NAME\n");
    return out.toString();
  }

  /** {@code streamjob describe}: one component and every option it takes. */
  public String describe(ComponentSpec c) {
    StringBuilder out = new StringBuilder();
    out.append(c.kind().label())
        .append(" ")
        .append(c.name())
        .append(": ")
        .append(c.description())
        .append("\n\n");
    int width = c.options().stream().mapToInt(o -> o.name().length()).max().orElse(4) + 2;
    String row = "  %-" + width + "s %-14s %-9s %-12s %s%n";
    out.append(String.format(row, "OPTION", "TYPE", "REQUIRED", "DEFAULT", "DESCRIPTION"));
    for (OptionSpec o : c.options()) {
      out.append(
          String.format(
              row,
              o.name(),
              type(o),
              o.required() ? "yes" : "no",
              o.defaultValue() == null ? "-" : o.defaultValue(),
              description(o)));
    }
    for (String rule : rules(c)) {
      out.append("\n").append(rule);
    }
    out.append("\n");
    return out.toString();
  }

  /** docs/components.md: the whole catalogue. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Sources and sinks\n\n")
        .append("Generated from streamjob's option declarations (the ones `validate` checks) by\n`")
        .append(GENERATE_COMMAND)
        .append("`; a test fails when this file is stale.\n");
    for (Kind kind : Kind.values()) {
      out.append("\n## ").append(kind == Kind.SOURCE ? "Sources" : "Sinks").append("\n");
      for (ComponentSpec c : catalogue.all(kind)) {
        out.append("\n### ").append(c.name()).append("\n\n").append(c.description()).append("\n\n");
        if (c.options().isEmpty()) {
          out.append("No options.\n");
        } else {
          out.append("| option | type | required | default | description |\n");
          out.append("|---|---|---|---|---|\n");
          for (OptionSpec o : c.options()) {
            out.append("| `")
                .append(o.name())
                .append("` | ")
                .append(type(o))
                .append(" | ")
                .append(o.required() ? "yes" : "no")
                .append(" | ")
                .append(o.defaultValue() == null ? "" : "`" + o.defaultValue() + "`")
                .append(" | ")
                .append(description(o).replace("|", "\\|"))
                .append(" |\n");
          }
        }
        for (String rule : rules(c)) {
          out.append("\n").append(rule).append("\n");
        }
      }
    }
    return out.toString();
  }

  private static String type(OptionSpec o) {
    if (o.rejection() != null) {
      return "refused";
    }
    return o.allowedValues().isEmpty() ? o.type().label() : String.join("|", o.allowedValues());
  }

  private static String description(OptionSpec o) {
    String text = o.description();
    if (o.streamjobDefault()) {
      text += " (streamjob's default; Spark's differs)";
    }
    if (!o.forSpark()) {
      text += " (used by streamjob, not passed to Spark)";
    }
    if (o.shorthand() != null) {
      text += " (flag " + o.shorthand() + ")";
    }
    return text;
  }

  private static List<String> rules(ComponentSpec c) {
    List<String> rules = new ArrayList<>();
    for (List<String> group : c.exactlyOneOf()) {
      rules.add("Exactly one of: " + String.join(", ", group) + ".");
    }
    for (ComponentSpec.Conflict conflict : c.conflicts()) {
      rules.add(
          "Not together: "
              + conflict.first()
              + " and "
              + conflict.second()
              + " ("
              + conflict.why()
              + ").");
    }
    for (Rule rule : c.rules()) {
      rules.add(rule.text());
    }
    if (!c.identityOptions().isEmpty()) {
      rules.add(
          "A checkpoint belongs to the "
              + String.join(" or ", c.identityOptions())
              + " it was made with: another one is refused on restart.");
    }
    if (!c.sessionConf().isEmpty()) {
      rules.add(
          "Sets in the Spark session (unless given): "
              + new TreeMap<>(c.sessionConf())
                  .entrySet().stream()
                      .map(e -> e.getKey() + "=" + e.getValue())
                      .collect(Collectors.joining(", "))
              + ".");
    }
    if (!c.passThroughPrefixes().isEmpty()) {
      rules.add(
          "Options starting with "
              + c.passThroughPrefixes().stream()
                  .map(p -> "'" + p + "'")
                  .collect(Collectors.joining(", "))
              + " are passed to Spark as they are.");
    }
    List<String> capabilities = new ArrayList<>();
    c.capabilities().stream().sorted().forEach(cap -> capabilities.add(label(cap)));
    if (!capabilities.isEmpty()) {
      rules.add("Notes: " + String.join("; ", capabilities) + ".");
    }
    return rules;
  }

  private static String label(Capability capability) {
    return switch (capability) {
      case NEEDS_SCHEMA -> "needs --schema";
      case DECODES_VALUE -> "value column decodable with --value-format";
      case NEEDS_CHECKPOINT -> "needs --checkpoint";
      case APPEND_ONLY -> "append output mode only";
      case NO_UPDATE -> "append or complete output mode";
      case NEEDS_QUERY_NAME -> "needs --query-name";
      case CONTINUOUS -> "supports the continuous trigger";
      case REAL_TIME -> "supports the real-time trigger";
      case KEEPS_NOTHING_IN_CHECKPOINT ->
          "keeps nothing in the checkpoint (a checkpoint of another sink or topic resumes into it)";
      case DEAD_LETTERS_TO_KAFKA -> "--dead-letter kafka:TOPIC writes through its connection";
    };
  }
}
