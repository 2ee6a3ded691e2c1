package io.streamjob.connector.jdbc;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionSpec.required;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.DURATION;
import static io.streamjob.component.OptionType.INT;
import static io.streamjob.component.OptionType.LIST;
import static io.streamjob.component.OptionType.POSITIVE_INT;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;
import io.streamjob.component.Rules;

/**
 * A relational database table over JDBC (PostgreSQL first; others by driver class), exactly once:
 * each batch is written in one transaction together with its batch id.
 */
public final class JdbcSink {

  private JdbcSink() {}

  static ComponentSpec spec() {
    return ComponentBuilder.sink(
            "jdbc",
            "Writes each batch into a database table in one transaction, exactly once (append, or upsert by key).")
        .option(
            required("url", STRING, "JDBC URL, e.g. jdbc:postgresql://host:5432/db")
                .consumedByStreamjob())
        .option(
            required("table", STRING, "table to write, e.g. public.orders").consumedByStreamjob())
        .option(optional("user", STRING, null, "database user").consumedByStreamjob())
        .option(
            optional(
                    "password",
                    STRING,
                    null,
                    "database password; give it as ${VAR} or ${file:PATH}")
                .consumedByStreamjob()
                .secret())
        .option(
            optional("mode", STRING, "append", "append rows, or upsert them by key (PostgreSQL)")
                .oneOf("append", "upsert")
                .consumedByStreamjob())
        .option(
            optional("key", LIST, null, "columns identifying a row, for upsert")
                .consumedByStreamjob())
        .option(
            optional("batchSize", POSITIVE_INT, "1000", "rows sent to the database per round trip")
                .consumedByStreamjob())
        .option(
            optional(
                    "createTable",
                    BOOLEAN,
                    "false",
                    "create the table from the stream's schema when it does not exist")
                .consumedByStreamjob())
        .option(
            optional(
                    "driver",
                    STRING,
                    null,
                    "JDBC driver class, for databases other than PostgreSQL")
                .consumedByStreamjob())
        .option(
            optional(
                    "retries",
                    INT,
                    "3",
                    "times a batch that failed for a transient reason (lost connection, deadlock, serialization failure) is tried again before the job fails; other errors fail at once")
                .consumedByStreamjob())
        .option(
            optional(
                    "retryWait",
                    DURATION,
                    "5s",
                    "first wait before trying a batch again, doubled after each attempt up to 1m")
                .consumedByStreamjob())
        .rule(
            Rules.requiresWhen(
                "mode", "upsert", "key", "COLUMN[,COLUMN], the columns that identify a row"))
        .rule(
            Rules.onlyWhenStartsWith("mode", "upsert", "url", "jdbc:postgresql:", "for PostgreSQL"))
        .rule(Rules.startsWith("url", "jdbc:", "jdbc:postgresql://host:5432/db"))
        .identifiedBy("table")
        .can(Capability.NEEDS_CHECKPOINT)
        .declaredOptionsOnly()
        .build();
  }
}
