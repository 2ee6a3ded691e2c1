package io.streamjob.config;

import io.streamjob.error.UsageException;
import io.streamjob.value.SecretValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's settings as flat keys ({@code source.format}, {@code sink.options.path}, {@code
 * spark.conf.spark.sql.shuffle.partitions} ...), from a job file and from flags, which override the
 * file key by key. Turns them into a {@link JobSpec}, resolving ${...} references and registering
 * secret values on the way.
 */
public final class JobSettings {
  private final Map<String, Setting> settings = new LinkedHashMap<>();

  public static JobSettings of(Map<String, Setting> settings) {
    JobSettings result = new JobSettings();
    result.settings.putAll(settings);
    return result;
  }

  /** These settings with {@code overrides} on top, key by key. */
  public JobSettings overriddenBy(JobSettings overrides) {
    JobSettings merged = of(settings);
    merged.settings.putAll(overrides.settings);
    return merged;
  }

  public void put(String key, Object value, String origin) {
    if (value != null) {
      settings.put(key, new Setting(value, origin));
    }
  }

  public JobSpec toJobSpec(Interpolation env, SecretValues secrets) {
    Resolver r = new Resolver(env, secrets);
    JobSpec job =
        new JobSpec(
            r.text("name"),
            new SourceSpec(
                r.text("source.format"),
                r.map("source.options."),
                r.text("source.schema"),
                r.text("source.value-format")),
            new TransformSpec(
                r.text("transform.watermark"),
                r.text("transform.where"),
                r.list("transform.select", false),
                r.text("transform.sql"),
                r.list("transform.dedup", true)),
            new SinkSpec(
                r.text("sink.format"),
                r.map("sink.options."),
                r.text("sink.output-mode"),
                r.text("sink.trigger"),
                r.text("sink.checkpoint"),
                r.text("sink.dead-letter"),
                r.text("sink.max-bad-records-ratio")),
            new SparkSpec(r.text("spark.master"), r.map("spark.conf.")));
    if (!r.problems.isEmpty()) {
      throw new UsageException(r.problems);
    }
    return job;
  }

  /** Where each setting was given. */
  public Origins origins() {
    Map<String, String> given = new LinkedHashMap<>();
    settings.forEach((key, s) -> given.put(key, s.origin()));
    boolean hasJobFile = settings.values().stream().anyMatch(s -> s.base() != null);
    return new Origins(given, hasJobFile);
  }

  /** A flag's value, named by its flag (e.g. {@code --sink-option mode}). */
  public void putFlag(String key, Object value) {
    put(key, value, Origins.flag(key));
  }

  /** The value of {@code key} as given, before ${...} references are resolved; or null. */
  public String raw(String key) {
    Setting s = settings.get(key);
    return s == null ? null : String.valueOf(s.value());
  }

  /** Resolves references in values, collecting every problem before failing. */
  private final class Resolver {
    private final Interpolation env;
    private final SecretValues secrets;
    private final List<String> problems = new ArrayList<>();

    Resolver(Interpolation env, SecretValues secrets) {
      this.env = env;
      this.secrets = secrets;
    }

    String text(String key) {
      Setting s = settings.get(key);
      if (s == null) {
        return null;
      }
      if (s.value() instanceof List<?>) {
        problems.add(s.origin() + ": must be a single value, not a list");
        return null;
      }
      return LocalPaths.resolve(key, resolve((String) s.value(), s), s.base());
    }

    List<String> list(String key, boolean commaSeparated) {
      Setting s = settings.get(key);
      if (s == null) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      List<?> raw = s.value() instanceof List<?> l ? l : List.of(s.value());
      for (Object item : raw) {
        String value = resolve(String.valueOf(item), s);
        if (commaSeparated) {
          Arrays.stream(value.split(",")).map(String::trim).forEach(items::add);
        } else {
          items.add(value);
        }
      }
      return items;
    }

    Map<String, String> map(String prefix) {
      Map<String, String> result = new LinkedHashMap<>();
      settings.forEach(
          (key, s) -> {
            if (key.startsWith(prefix)) {
              String name = key.substring(prefix.length());
              String value = resolve(String.valueOf(s.value()), s);
              secrets.addIfSensitive(name, value);
              result.put(name, LocalPaths.resolve(key, value, s.base()));
            }
          });
      return result;
    }

    private String resolve(String value, Setting s) {
      try {
        return env.resolve(value, s.origin(), s.base());
      } catch (UsageException e) {
        problems.addAll(e.problems());
        return value;
      }
    }
  }
}
