package io.streamjob.cli;

import io.streamjob.error.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A syntax error on the command line: the message, suggestions, and where to find help. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = new RedactingWriter(cli.getErr());
    err.println("streamjob: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for the options.");
    return ExitCodes.USAGE;
  }
}
