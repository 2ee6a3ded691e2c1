package io.streamjob.checkpoint;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a local checkpoint directory can be created and written, without creating anything.
 * Remote locations (hdfs://, s3a://, ...) need Hadoop's file systems and are checked by run.
 */
public final class CheckpointCheck {
  private CheckpointCheck() {}

  /**
   * A problem with {@code location}, or empty when it looks writable (or is not local). {@code
   * origin}: where the location was given, as the message names it.
   */
  public static Optional<String> problem(String location, String origin) {
    Path path = localPath(location);
    if (path == null) {
      return Optional.empty();
    }
    if (Files.exists(path)) {
      if (!Files.isDirectory(path)) {
        return Optional.of(origin + ": '" + location + "' exists and is not a directory");
      }
      return Files.isWritable(path)
          ? Optional.empty()
          : Optional.of(origin + ": directory '" + location + "' is not writable");
    }
    Path parent = path.toAbsolutePath().getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      return Optional.of(
          origin
              + ": cannot create '"
              + location
              + "': "
              + (parent == null
                  ? "no existing parent"
                  : "'" + parent + "' is not a writable directory"));
    }
    return Optional.empty();
  }

  private static Path localPath(String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    if (!location.contains("://") && !location.startsWith("file:")) {
      return Path.of(location);
    }
    URI uri = URI.create(location);
    return "file".equals(uri.getScheme()) ? Path.of(uri.getPath()) : null;
  }
}
