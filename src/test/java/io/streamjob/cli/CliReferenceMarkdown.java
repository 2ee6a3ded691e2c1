package io.streamjob.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Renders a picocli command tree as Markdown: one section per command with its description,
 * synopsis, parameters and options (grouped and ordered as {@code --help} shows them) and footer.
 * Everything comes from the {@link CommandSpec}, so the reference cannot drift from the parser.
 */
final class CliReferenceMarkdown {
  private final StringBuilder out = new StringBuilder();

  /** The whole tree under {@code root}, preceded by {@code preamble} (Markdown, may be empty). */
  static String render(CommandLine root, String preamble) {
    CliReferenceMarkdown md = new CliReferenceMarkdown();
    md.block("# " + root.getCommandName() + " command-line reference");
    md.block(preamble.strip());
    List<CommandLine> commands = visible(root);
    md.block("Commands: " + String.join(", ", commands.stream().map(md::link).toList()) + ".");
    md.command(root);
    commands.forEach(md::tree);
    return md.out.toString().strip() + "\n";
  }

  private void tree(CommandLine cli) {
    command(cli);
    visible(cli).forEach(this::tree);
  }

  /** Subcommands in declaration order, each once (an alias maps to the same one), none hidden. */
  private static List<CommandLine> visible(CommandLine cli) {
    Set<CommandLine> subs = new LinkedHashSet<>(cli.getSubcommands().values());
    return subs.stream().filter(c -> !c.getCommandSpec().usageMessage().hidden()).toList();
  }

  private String link(CommandLine cli) {
    String title = cli.getCommandSpec().qualifiedName();
    return "[" + cli.getCommandName() + "](#" + title.replace(' ', '-') + ")";
  }

  private void command(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    Help help = cli.getHelp();
    block("## " + spec.qualifiedName());
    lines(spec.usageMessage().description());
    block("```text\n" + plain(help.synopsis(0)).strip() + "\n```");
    parameters(help);
    options(help);
    lines(spec.usageMessage().footer());
  }

  private void parameters(Help help) {
    List<PositionalParamSpec> params =
        help.commandSpec().positionalParameters().stream().filter(p -> !p.hidden()).toList();
    if (!params.isEmpty()) {
      table("Parameters", "parameter", params, help);
    }
  }

  /** Options outside a titled group first, then each titled group, as picocli's help lists them. */
  private void options(Help help) {
    Comparator<OptionSpec> order = help.createDefaultOptionSort();
    List<ArgGroupSpec> groups = new ArrayList<>(help.optionSectionGroups());
    groups.sort(Comparator.comparingInt(ArgGroupSpec::order));
    Set<OptionSpec> grouped = new HashSet<>();
    groups.forEach(g -> grouped.addAll(g.allOptionsNested()));
    List<OptionSpec> ungrouped =
        help.commandSpec().options().stream().filter(o -> !grouped.contains(o)).toList();
    table("Options", "option", sorted(ungrouped, order), help);
    Set<OptionSpec> done = new HashSet<>();
    for (ArgGroupSpec group : groups) {
      List<OptionSpec> own = new ArrayList<>(group.allOptionsNested());
      own.removeAll(done);
      done.addAll(own);
      table(heading(group.heading()), "option", sorted(own, order), help);
    }
  }

  private static List<OptionSpec> sorted(
      Collection<OptionSpec> options, Comparator<OptionSpec> order) {
    List<OptionSpec> visible = new ArrayList<>(options.stream().filter(o -> !o.hidden()).toList());
    if (order != null) {
      visible.sort(order);
    }
    return visible;
  }

  private void table(String title, String column, List<? extends ArgSpec> args, Help help) {
    if (args.isEmpty()) {
      return;
    }
    // A default column only where some row has a declared default: most have none.
    boolean defaults = args.stream().anyMatch(a -> a.defaultValue() != null);
    StringBuilder rows = new StringBuilder("| " + column + " | description |");
    rows.append(defaults ? " default |\n|---|---|---|" : "\n|---|---|");
    for (ArgSpec arg : args) {
      rows.append("\n| `").append(cell(label(arg, help))).append("` | ");
      rows.append(cell(text(String.join(" ", arg.description())))).append(" |");
      if (defaults) {
        rows.append(arg.defaultValue() == null ? "" : " `" + cell(arg.defaultValue()) + "`")
            .append(" |");
      }
    }
    block("### " + title);
    block(rows.toString());
  }

  /** {@code -c, --config=FILE} for an option, {@code DIR} for a parameter, as in the help. */
  private static String label(ArgSpec arg, Help help) {
    String param =
        plain(help.parameterLabelRenderer().renderParameterLabel(arg, Help.Ansi.OFF, List.of()));
    if (arg instanceof OptionSpec option) {
      return String.join(", ", option.names()) + param;
    }
    return param;
  }

  /** Description or footer lines: a paragraph each; indented lines stay code, as in the help. */
  private void lines(String[] text) {
    for (String line : text) {
      for (String part : String.format(Locale.ROOT, line).split("\\R")) {
        if (!part.isBlank()) {
          block(part.startsWith(" ") ? "    " + part.strip() : text(part.strip()));
        }
      }
    }
  }

  /** A paragraph, heading, table or code block, with the blank line that separates blocks. */
  private void block(String markdown) {
    if (!markdown.isEmpty()) {
      out.append(markdown).append("\n\n");
    }
  }

  private static String heading(String groupHeading) {
    String title = String.format(Locale.ROOT, groupHeading).strip();
    return title.endsWith(":") ? title.substring(0, title.length() - 1) : title;
  }

  private static String plain(Object text) {
    return text.toString().replace("\r\n", "\n");
  }

  /** Help text as Markdown text: a pair of asterisks (spark.*, a * b) would turn into emphasis. */
  private static String text(String help) {
    return help.replace("*", "\\*");
  }

  /** A table cell: a pipe would end the cell and a line break the row. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
