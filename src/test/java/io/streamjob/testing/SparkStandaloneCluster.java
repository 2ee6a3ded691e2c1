package io.streamjob.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster (one master, one worker with 1 core and 1 GB) on 127.0.0.1, run
 * as child JVMs from the test classpath, so that a jar can be spark-submitted to it.
 */
public final class SparkStandaloneCluster implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern ONE_ALIVE_WORKER = Pattern.compile("\"aliveworkers\"\\s*:\\s*1\\b");

  private final Path workDir;
  private final Path sparkHome;
  private final String classPath;
  private final String masterUrl;
  private Process master;
  private Process worker;
  private int submissions;

  private SparkStandaloneCluster(Path workDir, Path sparkHome, String classPath, String masterUrl) {
    this.workDir = workDir;
    this.sparkHome = sparkHome;
    this.classPath = classPath;
    this.masterUrl = masterUrl;
  }

  /**
   * Starts master and worker, and returns once the worker has registered.
   *
   * @param workDir an empty directory (a JUnit {@code @TempDir}): fake SPARK_HOME, logs/, worker/
   *     go there
   */
  public static SparkStandaloneCluster start(Path workDir)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir.resolve("logs"));
    String classPath = testClassPath();
    int masterPort = freePort();
    int masterUiPort = freePort();
    var cluster =
        new SparkStandaloneCluster(
            workDir,
            fakeSparkHome(workDir, classPath),
            classPath,
            "spark://127.0.0.1:" + masterPort);
    try {
      long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
      // The REST submission server is not needed, and its fixed port 6066 would clash between
      // clusters.
      cluster.master =
          cluster.launch(
              "master",
              List.of("-Dspark.master.rest.enabled=false"),
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              "" + masterPort,
              "--webui-port",
              "" + masterUiPort);
      // A worker that finds no master waits 5 to 15 s before retrying: start it once the master is
      // up.
      cluster.awaitMasterState(masterUiPort, deadline, json -> true);
      cluster.worker =
          cluster.launch(
              "worker",
              List.of(),
              "org.apache.spark.deploy.worker.Worker",
              cluster.masterUrl,
              "--host",
              "127.0.0.1",
              "--webui-port",
              "" + freePort(),
              "--cores",
              "1",
              "--memory",
              "1g",
              "--work-dir",
              workDir.resolve("worker").toString());
      cluster.awaitMasterState(
          masterUiPort, deadline, json -> ONE_ALIVE_WORKER.matcher(json).find());
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  public String masterUrl() {
    return masterUrl;
  }

  /** A Spark installation as spark-submit users have one: bin/spark-submit, jars/, conf/. */
  public Path sparkHome() {
    return sparkHome;
  }

  /**
   * spark-submit in client mode: the driver is the child JVM started here, executors run on the
   * worker.
   */
  public ProcessResult submit(Path jar, String mainClass, List<String> appArgs, Duration timeout)
      throws IOException, InterruptedException {
    String name = "submit-" + ++submissions;
    Path out = workDir.resolve("logs/" + name + ".out");
    Path err = workDir.resolve("logs/" + name + ".err");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--master",
                masterUrl,
                "--deploy-mode",
                "client",
                "--class",
                mainClass,
                "--conf",
                "spark.driver.host=127.0.0.1",
                // No driver web UI: nothing looks at it, and it would compete for port 4040 with
                // other tests.
                "--conf",
                "spark.ui.enabled=false",
                jar.toString()));
    args.addAll(appArgs);
    // Output goes to files rather than pipes: no pump threads, and a chatty driver can never block
    // on a full pipe.
    Process process =
        processBuilder("org.apache.spark.deploy.SparkSubmit", List.of("-Xmx1g"), args)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      stop(process);
      throw new IllegalStateException(
          "spark-submit did not finish within "
              + timeout
              + "\n--- stdout:\n"
              + tail(out)
              + "\n--- stderr:\n"
              + tail(err));
    }
    return new ProcessResult(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Override
  public void close() {
    stop(worker);
    stop(master);
  }

  private Process launch(String name, List<String> options, String mainClass, String... args)
      throws IOException {
    Path log = workDir.resolve("logs/" + name + ".log");
    List<String> jvmOptions = new ArrayList<>(options);
    jvmOptions.add("-Xmx512m");
    // The daemons log with the harness's logback.xml, whatever the project's own configuration
    // says.
    jvmOptions.add("-Dlogback.configurationFile=" + sparkHome.resolve("conf/logback.xml"));
    return processBuilder(mainClass, jvmOptions, Arrays.asList(args))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private ProcessBuilder processBuilder(
      String mainClass, List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The --add-opens etc. that Spark's own launcher scripts pass on Java 17+.
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath, mainClass));
    command.addAll(args);
    var builder = new ProcessBuilder(command).directory(workDir.toFile());
    var env = builder.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    // Without this the launcher library looks for Spark build directories to guess the Scala
    // version.
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    // Executors are started by the worker with $JAVA_HOME/bin/java: make it this JVM, not whatever
    // is set.
    env.put("JAVA_HOME", System.getProperty("java.home"));
    // Keep a Spark installation's spark-defaults.conf / spark-env.sh on this machine out of the
    // tests.
    env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
    return builder;
  }

  private void awaitMasterState(int uiPort, long deadline, Predicate<String> ready)
      throws InterruptedException {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (System.nanoTime() < deadline) {
      if (!master.isAlive() || (worker != null && !worker.isAlive())) {
        throw startupFailure("a cluster process exited");
      }
      try {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && ready.test(response.body())) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep polling
      }
      Thread.sleep(200);
    }
    throw startupFailure("cluster not ready after " + STARTUP_TIMEOUT);
  }

  private IllegalStateException startupFailure(String why) {
    return new IllegalStateException(
        why
            + "\n--- master log:\n"
            + tail(workDir.resolve("logs/master.log"))
            + "\n--- worker log:\n"
            + tail(workDir.resolve("logs/worker.log")));
  }

  /**
   * The worker starts executors with SPARK_HOME/jars/* as their classpath ("Cannot find any build
   * directories" otherwise), so SPARK_HOME/jars gets a link to every jar the tests run with.
   */
  private static Path fakeSparkHome(Path workDir, String classPath) throws IOException {
    // The daemons and the driver log through logback here, as the tests do.
    Path home = linkJars(workDir, classPath, NOT_WITH_LOGBACK);
    // For the master and worker, and for executors, whose classpath is SPARK_CONF_DIR +
    // SPARK_HOME/jars/*:
    // they do not see target/classes, and logback without a configuration logs everything at DEBUG.
    Files.writeString(
        home.resolve("conf/logback.xml"),
        """
                <configuration>
                  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="STDERR"/></root>
                </configuration>
                """);
    writeSparkSubmit(home);
    return home;
  }

  /**
   * A Spark installation as Spark ships it, logging through log4j2 (no logback), for spark-submit
   * with a local master: what the driver prints is what users see.
   */
  public static Path sparkHomeWithLog4j2(Path workDir) throws IOException {
    Path home = linkJars(workDir, testClassPath(), NOT_WITH_LOG4J2);
    writeSparkSubmit(home);
    return home;
  }

  private static final List<String> NOT_WITH_LOGBACK = List.of("log4j-slf4j2-impl-");
  private static final List<String> NOT_WITH_LOG4J2 = List.of("logback-", "log4j-to-slf4j-");

  /** spark-home/jars: a link to every jar of the test class path but the excluded ones. */
  private static Path linkJars(Path workDir, String classPath, List<String> excluded)
      throws IOException {
    Path home = workDir.resolve("spark-home");
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("conf"));
    int n = 0;
    for (String entry : classPath.split(File.pathSeparator)) {
      Path jar = Path.of(entry).toAbsolutePath();
      String name = jar.getFileName().toString();
      if (entry.endsWith(".jar")
          && Files.isRegularFile(jar)
          && !carriedByThinJar(jar)
          && excluded.stream().noneMatch(name::startsWith)) {
        // Prefixed: two artifacts may share a file name (e.g. two "core-1.0.jar"s).
        Files.createSymbolicLink(jars.resolve(n++ + "-" + jar.getFileName()), jar);
      }
    }
    return home;
  }

  /**
   * What streamjob's thin jar must bring itself because a Spark installation does not have it: left
   * out of the fake installation, so that a test proves the thin jar is enough.
   */
  private static boolean carriedByThinJar(Path jar) {
    String name = jar.getFileName().toString();
    return THIN_JAR_CONTENT.stream().anyMatch(name::startsWith);
  }

  private static final List<String> THIN_JAR_CONTENT =
      List.of(
          "streamjob-",
          "picocli-",
          "spark-sql-kafka-0-10_",
          "spark-token-provider-kafka-0-10_",
          "kafka-clients-",
          "commons-pool2-");

  /**
   * bin/spark-submit of the fake installation: SparkSubmit on conf/ and jars/, as Spark's own
   * script does.
   */
  private static void writeSparkSubmit(Path home) throws IOException {
    Path script = Files.createDirectories(home.resolve("bin")).resolve("spark-submit");
    String flags = String.join(" ", JavaModuleOptions.defaultModuleOptionArray());
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "export SPARK_HOME='"
            + home
            + "' SPARK_SCALA_VERSION=2.13 SPARK_CONF_DIR='"
            + home.resolve("conf")
            + "'\n"
            + "exec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' "
            + flags
            + " -Xmx1g -cp \"$SPARK_HOME/conf:$SPARK_HOME/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"\n");
    script.toFile().setExecutable(true);
  }

  /**
   * Should surefire/failsafe run tests from a manifest-only booter jar, this still has the real
   * classpath.
   */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Terminates a process and, if it outlived it, anything it started (the worker's executors). */
  private static void stop(Process process) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(" + file + " unreadable: " + e + ")";
    }
  }
}
