package io.streamjob.cli;

import io.streamjob.error.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A syntax error on the command line: the message, suggestions, and where to find help. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    if (asksForJson(args)) {
      // One JSON object: the suggestions join the message instead of following it.
      StringWriter suggestions = new StringWriter();
      UnmatchedArgumentException.printSuggestions(ex, new PrintWriter(suggestions, true));
      String message = (ex.getMessage() + " " + suggestions).replaceAll("\\s*\\R\\s*", " ").trim();
      new ErrorLines(cli.getErr(), true, false).print(List.of(message), ExitCodes.USAGE, null);
      return ExitCodes.USAGE;
    }
    PrintWriter err = new RedactingWriter(cli.getErr());
    err.println("streamjob: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for the options.");
    return ExitCodes.USAGE;
  }

  /**
   * Whether the command line asks for JSON logs: read from the words themselves, since the line did
   * not parse.
   */
  static boolean asksForJson(String[] args) {
    List<String> words = Arrays.asList(args);
    int at = words.indexOf("--log-format");
    return words.contains("--log-format=json")
        || (at >= 0 && at + 1 < words.size() && words.get(at + 1).equals("json"));
  }
}
