package io.streamjob.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/cli-reference.md, rendered from the command line streamjob parses. {@link #main} writes it
 * (through {@link #GENERATE_COMMAND}); CliReferenceTest fails when the checked-in file is stale.
 */
public final class CliReference {
  public static final Path FILE = Path.of("docs/cli-reference.md");
  public static final String GENERATE_COMMAND = "./mvnw -q test-compile exec:java@cli-reference";

  private CliReference() {}

  /** The reference as the current command-line model renders it. */
  static String render() {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return CliReferenceMarkdown.render(
        CommandLines.create(none, none),
        "Every command, parameter and option, generated from the command-line model (the same one"
            + " `--help` prints) by `"
            + GENERATE_COMMAND
            + "`; a test fails when this file is stale. Components and their options:"
            + " [components.md](components.md).");
  }

  /** Writes the reference to {@code args[0]}, or to {@link #FILE} under the working directory. */
  public static void main(String[] args) throws IOException {
    Path target = args.length > 0 ? Path.of(args[0]) : FILE;
    Files.writeString(target, render(), StandardCharsets.UTF_8);
  }
}
