package io.streamjob.cli;

import io.streamjob.config.SparkSpec;
import io.streamjob.error.UsageException;
import io.streamjob.session.SparkSubmitLaunch;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * spark-submit's class-path and application options, taken embedded too: Spark's own SparkSubmit
 * applies them (see {@link io.streamjob.session.SparkSubmitLaunch}), so they mean exactly what they
 * mean to spark-submit.
 */
public final class SubmitOptions {
  // Spark reads these two from the configuration as well (a job file's spark.conf).
  private static final List<String> CLASS_PATH_CONF = List.of("spark.jars", "spark.jars.packages");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  @Option(
      names = "--jars",
      paramLabel = "JARS",
      order = 20,
      description =
          "Jars (comma-separated) on the driver's and executors' class path: custom sources and sinks, UDFs, JDBC drivers.")
  String jars;

  @Option(
      names = "--packages",
      paramLabel = "COORDS",
      order = 21,
      description =
          "Maven packages group:artifact:version (comma-separated), resolved with their dependencies as spark-submit does.")
  String packages;

  @Option(
      names = "--repositories",
      paramLabel = "URLS",
      order = 22,
      description = "More Maven repositories (comma-separated) to search for --packages.")
  String repositories;

  @Option(
      names = "--properties-file",
      paramLabel = "FILE",
      order = 23,
      description = "A file of spark.* entries, applied as --conf would be; --conf wins.")
  Path propertiesFile;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      order = 24,
      description = "The Spark application's name (default: the query name).")
  String name;

  /**
   * Runs the command again under Spark's SparkSubmit when these options (or spark.jars,
   * spark.jars.packages in the configuration) ask for it, and returns its exit code; empty when
   * this run goes on by itself (nothing to do, or already under SparkSubmit).
   */
  Optional<Integer> handOver(SparkSpec spark, CommandSpec command) {
    if (!needSparkSubmit(spark) || SparkSubmitLaunch.underSparkSubmit()) {
      return Optional.empty();
    }
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
    List<String> args = command.commandLine().getParseResult().originalArgs();
    return Optional.of(SparkSubmitLaunch.run(sparkSubmitArguments(spark), args));
  }

  /** Whether Spark's SparkSubmit has anything to do for this job. */
  private boolean needSparkSubmit(SparkSpec spark) {
    return jars != null
        || packages != null
        || repositories != null
        || propertiesFile != null
        || name != null
        || CLASS_PATH_CONF.stream().anyMatch(spark.conf()::containsKey);
  }

  /** What can be told wrong before Spark starts: missing local files, malformed coordinates. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (String jar : entries(jars)) {
      Path local = localPath(jar);
      if (local != null && !Files.isRegularFile(local)) {
        problems.add("--jars: " + jar + " is not a file");
      }
    }
    for (String coordinate : entries(packages)) {
      // Spark's own rule (it also takes group/artifact:version).
      String[] parts = coordinate.replace('/', ':').split(":", -1);
      if (parts.length != 3 || List.of(parts).stream().anyMatch(String::isBlank)) {
        problems.add("--packages: '" + coordinate + "' is not group:artifact:version");
      }
    }
    if (propertiesFile != null && !Files.isReadable(propertiesFile)) {
      problems.add("--properties-file: " + propertiesFile + " cannot be read");
    }
    return problems;
  }

  /** These options, the master and the configuration, as spark-submit's arguments. */
  private List<String> sparkSubmitArguments(SparkSpec spark) {
    List<String> args = new ArrayList<>();
    add(args, "--master", spark.master());
    add(args, "--jars", jars);
    add(args, "--packages", packages);
    add(args, "--repositories", repositories);
    add(args, "--properties-file", propertiesFile == null ? null : propertiesFile.toString());
    add(args, "--name", name);
    // SparkSubmit reads some entries itself (spark.jars.ivy, spark.jars.excludes, ...).
    for (Map.Entry<String, String> e : spark.conf().entrySet()) {
      add(args, "--conf", e.getKey() + "=" + e.getValue());
    }
    return args;
  }

  private static void add(List<String> args, String option, String value) {
    if (value != null && !value.isBlank()) {
      args.add(option);
      args.add(value);
    }
  }

  private static List<String> entries(String list) {
    return list == null
        ? List.of()
        : List.of(list.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The local file a jar entry names, or null for a URL Spark fetches (hdfs:, https:, ...). */
  private static Path localPath(String jar) {
    if (!SCHEME.matcher(jar).find()) {
      return Path.of(jar);
    }
    try {
      String path = jar.startsWith("file:") ? URI.create(jar).getPath() : null;
      return path == null ? null : Path.of(path);
    } catch (IllegalArgumentException e) {
      return null; // not a URI streamjob can read: Spark says what is wrong with it
    }
  }
}
