package io.streamjob.cli;

/** A command that carries {@link CommonOptions}, so error reporting knows about --verbose. */
interface HasCommonOptions {
  CommonOptions common();

  /** Whether the command logs JSON lines ({@code --log-format json}), errors included. */
  default boolean jsonLogs() {
    return false;
  }
}
