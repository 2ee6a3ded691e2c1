package io.streamjob.cli;

/** A command that carries {@link CommonOptions}, so error reporting knows about --verbose. */
interface HasCommonOptions {
  CommonOptions common();
}
