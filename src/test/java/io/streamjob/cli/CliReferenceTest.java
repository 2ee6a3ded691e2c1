package io.streamjob.cli;

import static io.streamjob.testing.InProcessCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** docs/cli-reference.md: rendered from the picocli model, complete, and not stale. */
class CliReferenceTest {
  @Test
  void docsCliReferenceMdIsUpToDate() throws Exception {
    String committed = Files.readString(CliReference.FILE);
    assertEquals(
        CliReference.render(),
        committed,
        CliReference.FILE + " is stale; regenerate it with: " + CliReference.GENERATE_COMMAND);
  }

  @Test
  void everyCommandHasASectionWithEachOfItsOptionsInHelpOrder() {
    String reference = CliReference.render();
    List<CommandLine> commands = new ArrayList<>();
    collect(CommandLines.create(nowhere(), nowhere()), commands);
    assertTrue(commands.size() >= 8, "streamjob and its subcommands: " + commands.size());
    for (CommandLine command : commands) {
      String name = command.getCommandSpec().qualifiedName();
      String section = section(reference, name);
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      int inSection = -1;
      int inHelp = -1;
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (option.hidden()) {
          continue;
        }
        String label = "`" + String.join(", ", option.names());
        assertTrue(section.contains(label), name + " documents " + label);
        assertTrue(help.contains(option.longestName()), name + " --help shows " + label);
      }
      // The rows come in the order --help lists them.
      for (String row : section.lines().filter(l -> l.startsWith("| `-")).toList()) {
        String[] names = row.substring(3, row.indexOf('`', 3)).split("=")[0].split(", ");
        String option = names[names.length - 1];
        int atSection = section.indexOf(row);
        int atHelp = optionRow(help, option);
        assertTrue(atHelp >= 0, name + " --help lists " + option);
        assertTrue(
            atSection > inSection && atHelp > inHelp, name + ": " + option + " out of order");
        inSection = atSection;
        inHelp = atHelp;
      }
    }
  }

  @Test
  void theReferenceIsWhatHelpSaysOfACommand() {
    String section = section(CliReference.render(), "streamjob checkpoint");
    String help = run("checkpoint", "--help").out();
    assertTrue(help.contains("Shows what a checkpoint holds"), help);
    assertTrue(section.contains("Shows what a checkpoint holds"), section);
    assertTrue(section.contains("streamjob checkpoint [-hV] [--verbose] DIR"), section);
    assertTrue(
        section.contains("| `DIR` | the checkpoint location (--checkpoint of the job) |"), section);
  }

  /** Where --help's option list (not its synopsis or a description) names this option. */
  private static int optionRow(String help, String option) {
    Matcher row =
        Pattern.compile("(?m)^  (?:-\\S, |    )" + Pattern.quote(option) + "(?![\\w-])")
            .matcher(help);
    return row.find() ? row.start() : -1;
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    if (command.getCommandSpec().usageMessage().hidden() || into.contains(command)) {
      return;
    }
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  /** From the command's heading to the next command's. */
  private static String section(String reference, String command) {
    String heading = "\n## " + command + "\n";
    int start = reference.indexOf(heading);
    assertTrue(start >= 0, "a section for " + command);
    int end = reference.indexOf("\n## ", start + heading.length());
    return reference.substring(start, end < 0 ? reference.length() : end);
  }

  private static PrintWriter nowhere() {
    return new PrintWriter(Writer.nullWriter());
  }
}
