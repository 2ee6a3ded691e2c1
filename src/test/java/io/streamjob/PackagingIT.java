package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.CustomSourceJars;
import io.streamjob.testing.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What the built jars carry besides classes: Maven metadata scanners read, LICENSE, NOTICE. */
class PackagingIT {
  private static final String DATABIND_POM =
      "META-INF/maven/com.fasterxml.jackson.core/jackson-databind/pom.properties";

  private static Path thinJar() {
    return Path.of(System.getProperty("streamjob.thinJar"));
  }

  @Test
  void theFatJarsJacksonMetadataNamesTheJacksonItCarries() throws Exception {
    Path fat = CustomSourceJars.fatJar();
    try (JarFile jar = new JarFile(fat.toFile())) {
      List<String> poms =
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.endsWith("/jackson-databind/pom.properties"))
              .toList();
      assertEquals(List.of(DATABIND_POM), poms);
      Properties pom = new Properties();
      try (InputStream in = jar.getInputStream(jar.getEntry(DATABIND_POM))) {
        pom.load(in);
      }
      assertEquals(databindVersionOfTheClasses(fat), pom.getProperty("version"));
    }
  }

  /** The version jackson-databind's own classes in the jar report. */
  private static String databindVersionOfTheClasses(Path jar) throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> version = loader.loadClass("com.fasterxml.jackson.databind.cfg.PackageVersion");
      return version.getField("VERSION").get(null).toString();
    }
  }

  @Test
  void theFatJarsNoticeHasSparksToo() throws Exception {
    try (JarFile jar = new JarFile(CustomSourceJars.fatJar().toFile())) {
      assertTrue(text(jar, "META-INF/NOTICE").contains("Apache Spark"));
    }
  }

  @Test
  void bothJarsCarryTheLicenseAndTheMergedNotices() throws Exception {
    String license = Files.readString(Processes.projectHome().resolve("LICENSE"));
    assertTrue(license.contains("Apache License") && license.contains("Version 2.0"));
    for (Path path : List.of(CustomSourceJars.fatJar(), thinJar())) {
      try (JarFile jar = new JarFile(path.toFile())) {
        assertEquals(license, text(jar, "META-INF/LICENSE"), path + ": streamjob's license");
        String notice = text(jar, "META-INF/NOTICE");
        assertTrue(
            notice.contains("streamjob\nCopyright 2026 The streamjob authors\n"),
            path + ": streamjob's notice\n" + notice);
        assertTrue(notice.contains("Apache Commons Pool"), path + ": bundled notices\n" + notice);
      }
    }
  }

  private static String text(JarFile jar, String name) throws IOException {
    try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
