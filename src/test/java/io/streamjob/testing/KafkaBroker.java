package io.streamjob.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one process) on 127.0.0.1, run
 * as a child JVM from the test classpath. A separate process rather than a server inside the test
 * JVM, so that {@link #stop()} and {@link #restart()} are a real outage as Spark would see one, and
 * the broker's threads and logging stay out of the tests.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private final Path workDir;
  private final int port;
  private Process process;

  private KafkaBroker(Path workDir, int port) {
    this.workDir = workDir;
    this.port = port;
  }

  /**
   * Formats a fresh log directory, starts the broker and returns once it answers clients.
   *
   * @param workDir an empty directory (a JUnit {@code @TempDir}): configuration, data/ and
   *     broker.log go there
   */
  public static KafkaBroker start(Path workDir) throws IOException, InterruptedException {
    int port = freePort();
    int controllerPort = freePort();
    while (controllerPort == port) {
      controllerPort = freePort();
    }
    Path config = workDir.resolve("server.properties");
    Files.writeString(config, serverProperties(workDir, port, controllerPort));
    Files.writeString(workDir.resolve("logback.xml"), LOGBACK_XML);
    // A KRaft node refuses to start on a log directory that has no cluster id: kafka-storage
    // format.
    var output = new ByteArrayOutputStream();
    String[] format = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()};
    // execute() is what StorageTool.main runs, minus the System.exit.
    if (StorageTool.execute(format, new PrintStream(output, true, StandardCharsets.UTF_8)) != 0) {
      throw new IllegalStateException("formatting the log directory failed: " + output);
    }
    var broker = new KafkaBroker(workDir, port);
    try {
      broker.launch();
      return broker;
    } catch (IOException | InterruptedException | RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Creates a topic with replication 1, and returns once every partition has a leader. */
  public void createTopic(String name, int partitions) throws InterruptedException {
    try (Admin admin = Admin.create(clientProperties())) {
      await(admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all());
      // The controller answers before the broker has applied the new metadata: a client coming
      // right after could still be told that the topic does not exist.
      long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
      while (!hasLeaders(admin, name, partitions)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "topic " + name + " has no leaders after " + CALL_TIMEOUT);
        }
        Thread.sleep(100);
      }
    }
  }

  private static boolean hasLeaders(Admin admin, String topic, int partitions)
      throws InterruptedException {
    try {
      var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
      return description.partitions().size() == partitions
          && description.partitions().stream().allMatch(partition -> partition.leader() != null);
    } catch (ExecutionException unknownTopicYet) {
      return false;
    }
  }

  /**
   * Sends String records with acks=all. Keys may be null (in a {@code new
   * AbstractMap.SimpleEntry<>(null, v)}).
   */
  public void produce(String topic, List<Map.Entry<String, String>> keyValues) {
    send(
        keyValues.stream()
            .map(kv -> new ProducerRecord<>(topic, kv.getKey(), kv.getValue()))
            .toList());
  }

  /**
   * Sends records without keys, acks=all. The producer chooses the partitions: records sent
   * together usually all land in one of them (sticky partitioning).
   */
  public void produceValues(String topic, List<String> values) {
    send(values.stream().map(value -> new ProducerRecord<String, String>(topic, value)).toList());
  }

  /**
   * Reads all partitions from the beginning until {@code expectedCount} records have arrived or the
   * timeout has passed, and returns what it read: the caller asserts.
   */
  public List<ConsumerRecord<String, String>> consume(
      String topic, int expectedCount, Duration timeout) {
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (var consumer = consumer()) {
      consumer.assign(partitions(consumer, topic));
      consumer.seekToBeginning(consumer.assignment());
      long deadline = System.nanoTime() + timeout.toNanos();
      while (records.size() < expectedCount && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /**
   * Partition number to end offset (= records written so far, on a topic nothing was deleted from).
   */
  public Map<Integer, Long> endOffsets(String topic) {
    try (var consumer = consumer()) {
      Map<Integer, Long> offsets = new TreeMap<>();
      consumer
          .endOffsets(partitions(consumer, topic), CALL_TIMEOUT)
          .forEach((partition, offset) -> offsets.put(partition.partition(), offset));
      return offsets;
    }
  }

  /**
   * Shuts the broker down as SIGTERM does (cleanly: no log recovery on restart) and waits for it.
   */
  public void stop() {
    terminate(Duration.ofSeconds(30));
  }

  /** Starts the broker again after {@link #stop()}, on the same ports and with the same data. */
  public void restart() throws IOException, InterruptedException {
    if (process.isAlive()) {
      throw new IllegalStateException("the broker is running: stop() it first");
    }
    launch();
  }

  @Override
  public void close() {
    terminate(Duration.ofSeconds(5));
  }

  private void launch() throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Dlogback.configurationFile=" + workDir.resolve("logback.xml"),
            // Should surefire run tests from a manifest-only booter jar, this is still the real
            // classpath.
            "-cp",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            "kafka.Kafka",
            workDir.resolve("server.properties").toString());
    // Appended to, so that after a restart the log still shows the run before.
    process =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(workDir.resolve("broker.log").toFile()))
            .start();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    // The broker opens its client port once it is registered and unfenced. Polling the port first
    // spares an admin client's warning per refused connection and its backoff of up to 1 s.
    while (!accepts(port)) {
      checkStarting(deadline);
      Thread.sleep(100);
    }
    try (Admin admin = Admin.create(clientProperties())) {
      while (true) {
        checkStarting(deadline);
        try {
          var nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes();
          if (!nodes.get(3, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException notReadyYet) {
          // keep polling
        }
        Thread.sleep(100);
      }
    }
  }

  private void checkStarting(long deadline) {
    String problem =
        !process.isAlive()
            ? "the broker exited with code " + process.exitValue()
            : System.nanoTime() > deadline
                ? "the broker did not answer within " + STARTUP_TIMEOUT
                : null;
    if (problem != null) {
      throw new IllegalStateException(
          problem + "\n--- end of " + workDir.resolve("broker.log") + ":\n" + logTail());
    }
  }

  private void send(List<ProducerRecord<String, String>> records) {
    Properties props = clientProperties();
    props.put("acks", "all");
    try (var producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      List<Future<RecordMetadata>> results = new ArrayList<>();
      records.forEach(record -> results.add(producer.send(record)));
      producer.flush();
      // flush() does not report failed sends: their results do.
      results.forEach(KafkaBroker::await);
    }
  }

  /**
   * No group.id: assign() needs none, and there is then no group or committed offset to clean up.
   */
  private KafkaConsumer<String, String> consumer() {
    return new KafkaConsumer<>(
        clientProperties(), new StringDeserializer(), new StringDeserializer());
  }

  private static List<TopicPartition> partitions(
      KafkaConsumer<String, String> consumer, String topic) {
    var partitions =
        consumer.partitionsFor(topic, CALL_TIMEOUT).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("no topic " + topic + " on the broker");
    }
    return partitions;
  }

  private Properties clientProperties() {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrapServers());
    return props;
  }

  private void terminate(Duration grace) {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String serverProperties(Path workDir, int port, int controllerPort) {
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + workDir.resolve("data"),
        // One node: the internal topics cannot have more replicas than that.
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        // 1 partition instead of 50: the first consumer group or transaction is served at once.
        "offsets.topic.num.partitions=1",
        "transaction.state.log.num.partitions=1",
        "group.initial.rebalance.delay.ms=0",
        // Tests say which topics exist: a mistyped name must fail, not create a topic.
        "auto.create.topics.enable=false",
        "num.partitions=1",
        // The log cleaner takes 128 MB of heap by default; Kafka's own tests give it 2 MB.
        "log.cleaner.dedupe.buffer.size=2097152",
        "");
  }

  /** WARN keeps broker.log small; the one INFO line marks each start, which shows restarts. */
  private static final String LOGBACK_XML =
      """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
              <root level="WARN"><appender-ref ref="OUT"/></root>
            </configuration>
            """;

  private static <T> T await(Future<T> future) {
    try {
      return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().toString(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer from the broker within " + CALL_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean accepts(int port) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(workDir.resolve("broker.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
