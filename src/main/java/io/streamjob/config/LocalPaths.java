package io.streamjob.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which settings hold local paths, and how a relative one is made absolute against the folder it is
 * relative to, so that a job file means the same files whatever folder it is started from (cron
 * starts jobs in $HOME, Airflow in a temporary folder).
 */
final class LocalPaths {
  /**
   * Options of built-in formats that name a folder or file Spark reads or writes through the Hadoop
   * file system. Kafka's keystore and truststore locations are left out: the Kafka client opens
   * them on each executor, where a relative name may mean a file shipped with --files.
   */
  private static final Set<String> PATH_OPTIONS =
      Set.of("path", "sourcearchivedir", "checkpointlocation");

  /** Job file keys whose whole value is a path. */
  private static final Set<String> PATH_KEYS = Set.of("sink.checkpoint", "sink.dead-letter");

  /** A URI scheme such as hdfs:, s3a:, file: or kafka: (two letters at least: not a drive). */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

  private LocalPaths() {}

  /**
   * The value of the job file key {@code key} (e.g. sink.options.path) with a relative path in it
   * made absolute against {@code base}; as it is when it holds no path or base is null.
   */
  static String resolve(String key, String value, Path base) {
    if (key.equals("source.schema") && value != null && value.startsWith("@")) {
      return "@" + resolvePath(value.substring(1), base);
    }
    return isPathKey(key) ? resolvePath(value, base) : value;
  }

  private static boolean isPathKey(String key) {
    if (PATH_KEYS.contains(key)) {
      return true;
    }
    for (String block : new String[] {"source.options.", "sink.options."}) {
      if (key.startsWith(block)) {
        return PATH_OPTIONS.contains(key.substring(block.length()).toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private static String resolvePath(String value, Path base) {
    if (base == null || value == null || value.isBlank() || SCHEME.matcher(value).find()) {
      return value;
    }
    Path path = Path.of(value);
    return path.isAbsolute() ? value : base.resolve(path).normalize().toString();
  }
}
