package io.streamjob.compile;

import io.streamjob.component.Capability;
import io.streamjob.component.ComponentSpec;
import io.streamjob.config.SourceSpec;
import io.streamjob.value.ValueFormat;

/** Whether a source gets the schema and value format it needs, and no other. */
final class SchemaCheck {
  private SchemaCheck() {}

  static void check(ComponentSpec source, SourceSpec spec, ValueFormat format, Compilation c) {
    boolean hasSchema = spec.schema() != null && !spec.schema().isBlank();
    if (source.has(Capability.NEEDS_SCHEMA) && !hasSchema) {
      c.problem(
          "source.schema",
          "source '"
              + source.name()
              + "' needs the schema of its"
              + " records; give it as DDL, e.g. --schema 'id BIGINT, user STRING, ts TIMESTAMP', or"
              + " from a file with --schema @orders.ddl");
    }
    if (spec.valueFormat() != null && source.declared() && !source.has(Capability.DECODES_VALUE)) {
      c.problem(
          "source.value-format",
          "source '"
              + source.name()
              + "' has no value column to"
              + " decode; remove --value-format");
    } else if (format != null && format.needsSchema() && !hasSchema) {
      c.problem(
          "source.value-format",
          spec.valueFormat()
              + " needs --schema, the columns of a"
              + " decoded value, e.g. --schema 'id BIGINT, amount DOUBLE'");
    } else if (hasSchema
        && source.has(Capability.DECODES_VALUE)
        && (format == null || !format.needsSchema())) {
      c.problem(
          "source.schema",
          "source '"
              + source.name()
              + "' uses a schema only to decode"
              + " values; add --value-format json or csv, or remove --schema");
    }
  }
}
