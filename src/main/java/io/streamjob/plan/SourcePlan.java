package io.streamjob.plan;

import io.streamjob.component.ComponentSpec;
import io.streamjob.config.Origins;
import io.streamjob.value.ValueFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where records come from.
 *
 * @param options the options as given
 * @param schema the schema DDL of file records or decoded values (read from its file if given as
 *     {@code @file}, syntax checked), or null
 * @param valueFormat how the value column is decoded, or null: not decoded
 */
public record SourcePlan(
    ComponentSpec component,
    Map<String, String> options,
    String schema,
    ValueFormat valueFormat,
    Origins origins)
    implements ComponentPlan {

  public SourcePlan {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  @Override
  public String section() {
    return "source";
  }
}
