package io.streamjob.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.streamjob.component.Catalogue;
import io.streamjob.component.ComponentSpec.Kind;
import io.streamjob.component.SparkOptions;
import io.streamjob.job.JobSpec;
import io.streamjob.job.OutputMode;
import io.streamjob.job.SecretValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job as it will run, as JSON: what was given plus streamjob's defaults (source and sink
 * options, Spark settings), with every secret value masked.
 */
public final class ResolvedJob {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResolvedJob() {}

  public static String json(JobSpec job, Catalogue catalogue, String master) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("format", job.source().format());
    source.put("options", masked(SparkOptions.of(
        catalogue.find(Kind.SOURCE, job.source().format()), job.source().options())));
    source.put("schema", job.source().schema());
    source.put("value-format", job.source().valueFormat());
    Map<String, Object> transform = new LinkedHashMap<>();
    transform.put("watermark", job.transform().watermark());
    transform.put("where", job.transform().where());
    transform.put("select", job.transform().select());
    transform.put("sql", job.transform().sql());
    transform.put("dedup", job.transform().dedup());
    Map<String, Object> sink = new LinkedHashMap<>();
    sink.put("format", job.sink().format());
    sink.put("options", masked(job.sink().options()));
    sink.put("output-mode", OutputMode.parse(job.sink().outputMode()).sparkName());
    sink.put("trigger", job.sink().trigger() == null ? "default" : job.sink().trigger());
    sink.put("checkpoint", job.sink().checkpoint());
    Map<String, Object> spark = new LinkedHashMap<>();
    spark.put("master", master);
    Map<String, String> conf = new LinkedHashMap<>(SparkDefaults.forMaster(master, job.spark().conf()));
    conf.putAll(SparkDefaults.forFormats(job.source().format(), job.sink().format(),
        job.spark().conf()));
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
