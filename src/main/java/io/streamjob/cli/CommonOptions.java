package io.streamjob.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
  @Option(names = "--verbose", description = "Show stack traces and Spark's own logs.")
  boolean verbose;
}
