package io.streamjob.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.streamjob.plan.JobPlan;
import io.streamjob.plan.SinkPlan;
import io.streamjob.plan.SourcePlan;
import io.streamjob.plan.TransformPlan;
import io.streamjob.session.SparkDefaults;
import io.streamjob.value.Durations;
import io.streamjob.value.SecretValues;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The job as it will run, as JSON: what was given plus streamjob's defaults (source and sink
 * options, Spark settings), with every secret value masked.
 */
public final class ResolvedJob {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResolvedJob() {}

  public static String json(JobPlan job, String master) {
    SourcePlan plannedSource = job.source();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("format", plannedSource.format());
    source.put("options", masked(plannedSource.sparkOptions()));
    source.put("schema", plannedSource.schema());
    source.put(
        "value-format",
        plannedSource.valueFormat() == null
            ? null
            : plannedSource.valueFormat().name().toLowerCase(Locale.ROOT));
    Map<String, Object> transform = new LinkedHashMap<>();
    TransformPlan t = job.transform();
    transform.put(
        "watermark",
        t.watermark() == null
            ? null
            : t.watermark().column() + "=" + Durations.format(t.watermark().delay()));
    transform.put("where", t.where());
    transform.put("select", t.select());
    transform.put("sql", t.sql());
    transform.put("dedup", t.dedup());
    SinkPlan plannedSink = job.sink();
    Map<String, Object> sink = new LinkedHashMap<>();
    sink.put("format", plannedSink.format());
    sink.put("options", masked(plannedSink.options()));
    sink.put("output-mode", plannedSink.outputMode().sparkName());
    sink.put("trigger", plannedSink.trigger().text());
    sink.put("checkpoint", plannedSink.checkpoint());
    Map<String, Object> spark = new LinkedHashMap<>();
    spark.put("master", master);
    Map<String, String> conf =
        new LinkedHashMap<>(SparkDefaults.forMaster(master, job.spark().conf()));
    conf.putAll(SparkDefaults.forComponents(job, job.spark().conf()));
    conf.putAll(job.spark().conf());
    spark.put("conf", masked(conf));
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("name", job.name());
    all.put("source", source);
    all.put("transform", transform);
    all.put("sink", sink);
    all.put("spark", spark);
    try {
      return SecretValues.process().scrub(JSON.writeValueAsString(all));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> masked(Map<String, String> options) {
    Map<String, String> result = new LinkedHashMap<>();
    options.forEach((k, v) -> result.put(k, SecretValues.isSensitive(k) ? SecretValues.MASK : v));
    return result;
  }
}
