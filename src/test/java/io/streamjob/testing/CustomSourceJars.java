package io.streamjob.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The jars a user would bring: the streaming DataSource V2 source "counting"
 * (src/test/resources/custom-source), compiled here against the fat jar, registered by its short
 * name in META-INF/services, with the class it depends on in a second jar.
 */
public final class CustomSourceJars {
  public static final String GROUP = "io.streamjob.example";
  public static final String SOURCE_ARTIFACT = "counting-source";
  public static final String IDS_ARTIFACT = "counting-ids";
  public static final String VERSION = "1.0";
  private static final String REGISTER =
      "META-INF/services/org.apache.spark.sql.sources.DataSourceRegister";
  private static final Predicate<Path> IDS = p -> p.getFileName().toString().startsWith("IdRange");

  private final Path classes;

  private CustomSourceJars(Path classes) {
    this.classes = classes;
  }

  /** Compiles the source's classes into {@code dir}/classes. */
  public static CustomSourceJars compile(Path dir) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path sources = Processes.projectHome().resolve("src/test/resources/custom-source/example");
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-cp",
                fatJar().toString(),
                "-nowarn",
                "-XDsuppressNotes"));
    try (Stream<Path> files = Files.list(sources)) {
      files.map(Path::toString).sorted().forEach(args::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new AssertionError("the custom source does not compile");
    }
    return new CustomSourceJars(classes);
  }

  /** One jar with everything, as for --jars. */
  public Path allInOne(Path jar) throws IOException {
    return write(jar, p -> true, true);
  }

  /**
   * A Maven repository under {@code root} holding the source's package, which depends on the
   * package of its id class, as for --packages GROUP:counting-source:1.0 --repositories.
   */
  public Path repository(Path root) throws IOException {
    write(artifact(root, SOURCE_ARTIFACT, "jar"), IDS.negate(), true);
    Files.writeString(
        artifact(root, SOURCE_ARTIFACT, "pom"),
        pom(
            SOURCE_ARTIFACT,
            """
          <dependencies>
            <dependency>
              <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
            </dependency>
          </dependencies>
        """
                .formatted(GROUP, IDS_ARTIFACT, VERSION)));
    write(artifact(root, IDS_ARTIFACT, "jar"), IDS, false);
    Files.writeString(artifact(root, IDS_ARTIFACT, "pom"), pom(IDS_ARTIFACT, ""));
    return root;
  }

  private static Path artifact(Path root, String artifact, String extension) throws IOException {
    Path folder = root.resolve(GROUP.replace('.', '/')).resolve(artifact).resolve(VERSION);
    return Files.createDirectories(folder).resolve(artifact + "-" + VERSION + "." + extension);
  }

  private static String pom(String artifact, String dependencies) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
        %s</project>
        """
        .formatted(GROUP, artifact, VERSION, dependencies);
  }

  private Path write(Path jar, Predicate<Path> include, boolean register) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> all = Files.walk(classes)) {
      for (Path c : all.filter(Files::isRegularFile).filter(include).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(c));
      }
      if (register) {
        out.putNextEntry(new JarEntry(REGISTER));
        out.write("example.CountingSource\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  /** The fat jar the build made: Spark's API for compiling, as a user's build would have it. */
  public static Path fatJar() throws IOException {
    try (Stream<Path> jars = Files.list(Processes.projectHome().resolve("target"))) {
      return jars.filter(p -> p.getFileName().toString().endsWith("-all.jar"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no fat jar in target/: run mvn package first"));
    }
  }
}
