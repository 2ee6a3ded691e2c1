package io.streamjob.cli;

import picocli.CommandLine.Command;

/** The top-level {@code streamjob} command; {@code run} is the default subcommand. */
@Command(
    name = "streamjob",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs a Spark Structured Streaming job described by flags: source -> transforms -> sink.",
      "'run' is the default command: 'streamjob --source rate --sink console' runs a job.",
      "Shell completion: source <(streamjob generate-completion)"
    },
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      PlanCommand.class,
      ListCommand.class,
      DescribeCommand.class,
      CheckpointCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    },
    footer = {
      "",
      "Exit codes: 0 ended as asked, 1 query failed, 2 bad command line, 3 environment not usable,"
          + " 4 internal error (a defect in streamjob: report it, do not retry)."
    })
public final class StreamJobCommand {}
