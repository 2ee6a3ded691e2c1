package io.streamjob.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each setting of a job was given, so that a problem names it as the user wrote it: a flag
 * ({@code --output-mode}, {@code --sink-option mode}) or a job file's line and key ({@code
 * job.yaml:7 (sink.output-mode)}). A setting not given is named by its flag and, when the job has a
 * job file, by its key there too.
 */
public final class Origins {
  /** Each job-file key and the flag that gives it; keys ending in '.' take a name after them. */
  private static final Map<String, String> FLAGS = new LinkedHashMap<>();

  static {
    FLAGS.put("name", "--query-name");
    FLAGS.put("source.format", "--source");
    FLAGS.put("source.options.", "--source-option");
    FLAGS.put("source.schema", "--schema");
    FLAGS.put("source.value-format", "--value-format");
    FLAGS.put("transform.watermark", "--watermark");
    FLAGS.put("transform.where", "--where");
    FLAGS.put("transform.select", "--select");
    FLAGS.put("transform.sql", "--sql");
    FLAGS.put("transform.dedup", "--dedup");
    FLAGS.put("sink.format", "--sink");
    FLAGS.put("sink.options.", "--sink-option");
    FLAGS.put("sink.output-mode", "--output-mode");
    FLAGS.put("sink.trigger", "--trigger");
    FLAGS.put("sink.checkpoint", "--checkpoint");
    FLAGS.put("sink.dead-letter", "--dead-letter");
    FLAGS.put("sink.max-bad-records-ratio", "--max-bad-records-ratio");
    FLAGS.put("spark.master", "--master");
    FLAGS.put("spark.conf.", "--conf");
  }

  private final Map<String, String> given;
  private final boolean hasJobFile;

  Origins(Map<String, String> given, boolean hasJobFile) {
    this.given = Map.copyOf(given);
    this.hasJobFile = hasJobFile;
  }

  /** A job given by flags alone, each named by its flag. */
  public static Origins flags() {
    return new Origins(Map.of(), false);
  }

  /** Where {@code key} (e.g. {@code sink.options.mode}) was given, or would be given. */
  public String of(String key) {
    String origin = given.get(key);
    if (origin != null) {
      return origin;
    }
    String flag = flag(key);
    return hasJobFile ? flag + " (job file key " + key + ")" : flag;
  }

  /** The flag of {@code key}, e.g. {@code --sink-option mode} for {@code sink.options.mode}. */
  public static String flag(String key) {
    String exact = FLAGS.get(key);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> prefix : FLAGS.entrySet()) {
      if (prefix.getKey().endsWith(".") && key.startsWith(prefix.getKey())) {
        return prefix.getValue() + " " + key.substring(prefix.getKey().length());
      }
    }
    return key;
  }
}
