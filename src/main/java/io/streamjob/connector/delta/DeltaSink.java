package io.streamjob.connector.delta;

import static io.streamjob.component.OptionSpec.optional;
import static io.streamjob.component.OptionType.BOOLEAN;
import static io.streamjob.component.OptionType.LIST;
import static io.streamjob.component.OptionType.LONG;
import static io.streamjob.component.OptionType.STRING;

import io.streamjob.binding.SinkBinding;
import io.streamjob.component.Capability;
import io.streamjob.component.ComponentBuilder;
import io.streamjob.component.ComponentSpec;
import java.util.Map;

/**
 * A Delta Lake table, by path or by name; exactly once through Delta's transaction log (each batch
 * commits once per query and batch id).
 */
public final class DeltaSink {
  public static final String NAME = "delta";
  public static final String TABLE = "table";

  /** What a session needs to read and write Delta tables; set unless the user did. */
  static final Map<String, String> SESSION_CONF =
      Map.of(
          "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
          "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");

  private DeltaSink() {}

  static ComponentSpec spec() {
    return ComponentBuilder.sink(
            NAME,
            "Writes a Delta Lake table by path or name, exactly once; append or complete mode.")
        .option(optional("path", STRING, null, "directory of the table"))
        .option(
            optional(TABLE, STRING, null, "name of the table in the session's catalog")
                .consumedByStreamjob())
        .option(
            optional(
                    SinkBinding.PARTITION_BY,
                    LIST,
                    null,
                    "comma-separated columns to partition the table by")
                .consumedByStreamjob())
        .option(
            optional(
                "mergeSchema",
                BOOLEAN,
                "false",
                "add new columns of the stream to the table's schema"))
        .option(
            optional(
                "overwriteSchema", BOOLEAN, "false", "replace the table's schema (complete mode)"))
        .option(
            optional(
                "txnAppId",
                STRING,
                null,
                "application id for idempotent writes shared by several queries"))
        .option(
            optional(
                "optimizeWrite",
                BOOLEAN,
                "false",
                "shuffle each batch by partition before writing, for fewer, larger files"))
        .option(
            optional(
                "userMetadata",
                STRING,
                null,
                "text recorded with each commit in the table's history"))
        .option(
            optional("maxRecordsPerFile", LONG, "0", "most rows written to one file (0: no limit)"))
        .exactlyOneOf("path", TABLE)
        .identifiedBy("path", TABLE)
        .sessionConf(SESSION_CONF)
        .can(Capability.NEEDS_CHECKPOINT, Capability.NO_UPDATE)
        .build();
  }
}
