package io.streamjob.connector.delta;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.POSITIVE_INT;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;

/**
 * A Delta Lake table read as a stream (Delta is bundled): the rows of each new commit, in commit
 * order. The table has its own schema, so none is given.
 */
public final class DeltaSource {
  public static final String NAME = "delta";

  private DeltaSource() {}

  static ComponentSpec spec() {
    return ComponentBuilder.source(
            NAME,
            "The rows of each new commit of a Delta Lake table, read by path; the table's schema applies.")
        .option(required("path", STRING, "directory of the table"))
        .option(
            optional(
                "maxFilesPerTrigger", POSITIVE_INT, "1000", "most new files read per micro-batch"))
        .option(
            optional(
                "maxBytesPerTrigger",
                STRING,
                null,
                "about this much data per micro-batch (a soft limit, e.g. 1g)"))
        .option(
            optional(
                "startingVersion",
                STRING,
                null,
                "table version a new query starts at (a number, or latest); default: the whole table, then new commits"))
        .option(
            optional(
                "startingTimestamp",
                STRING,
                null,
                "start with the commits made at or after this time (date or timestamp)"))
        .option(
            optional(
                "ignoreDeletes",
                BOOLEAN,
                "false",
                "skip commits that only delete whole partitions"))
        .option(
            optional(
                "skipChangeCommits",
                BOOLEAN,
                "false",
                "skip commits that update or delete rows, instead of failing"))
        .option(
            optional(
                "ignoreChanges",
                BOOLEAN,
                "false",
                "deprecated for skipChangeCommits: re-read rewritten files (their rows come again)"))
        .option(
            optional(
                "withEventTimeOrder",
                BOOLEAN,
                "false",
                "read the first snapshot in event-time order, so the watermark drops no record of it"))
        .option(
            optional(
                "readChangeFeed",
                BOOLEAN,
                "false",
                "read the table's change data feed (inserts, updates and deletes with their change type) instead of its rows"))
        .option(
            optional(
                "schemaTrackingLocation",
                STRING,
                null,
                "where the stream tracks schema changes of a column-mapped table, under the checkpoint"))
        .notTogether("startingVersion", "startingTimestamp", "Delta takes one starting point")
        .identifiedBy("path")
        .sessionConf(DeltaSink.SESSION_CONF)
        .build();
  }
}
