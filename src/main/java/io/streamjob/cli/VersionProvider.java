package io.streamjob.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the versions Maven wrote into the jar at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/streamjob-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
      "streamjob "
          + p.getProperty("version", "unknown")
          + " (Spark "
          + p.getProperty("spark", "unknown")
          + ", Scala "
          + p.getProperty("scala", "unknown")
          + ")"
    };
  }
}
