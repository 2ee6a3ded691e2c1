package io.streamjob.config;

import java.nio.file.Path;

/**
 * One job setting: its value (a String, or a List of Strings for select/dedup), where it was given,
 * e.g. {@code --source-option subscribe} or {@code orders.yaml:7 (source.format)}, and the folder
 * its relative paths are relative to: the job file's folder, or null for a flag (the working
 * directory).
 */
public record Setting(Object value, String origin, Path base) {
  public Setting(Object value, String origin) {
    this(value, origin, null);
  }
}
