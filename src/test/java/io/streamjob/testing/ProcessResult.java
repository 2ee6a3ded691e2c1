package io.streamjob.testing;

/** What a finished child process left behind: its exit code and everything it printed. */
public record ProcessResult(int exitCode, String stdout, String stderr) {}
