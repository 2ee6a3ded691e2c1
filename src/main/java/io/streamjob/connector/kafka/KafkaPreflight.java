package io.streamjob.connector.kafka;

import io.streamjob.error.EnvironmentException;
import io.streamjob.error.Messages;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Checks that the Kafka brokers of a kafka source or sink answer before the query starts, so an
 * unreachable broker or wrong credentials give exit 3 at once instead of a failed batch later.
 */
final class KafkaPreflight {
  /** Long enough for a slow broker, short enough that a typo does not hang a scheduled job. */
  static final long TIMEOUT_MS = 20_000;

  private KafkaPreflight() {}

  static void probe(String origin, Map<String, String> options) {
    Properties config = new Properties();
    // Only settings the admin client knows: consumer settings would each log a warning.
    options.forEach(
        (key, value) -> {
          String name = key.startsWith("kafka.") ? key.substring("kafka.".length()) : null;
          if (name != null && AdminClientConfig.configNames().contains(name)) {
            config.put(name, value);
          }
        });
    // The user's own timeout, when shorter, is the one they expect a failure within.
    long timeout =
        Math.min(
            TIMEOUT_MS,
            Long.parseLong(options.getOrDefault("kafka.default.api.timeout.ms", "" + TIMEOUT_MS)));
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout);
    String servers = options.get(KafkaSource.BOOTSTRAP_SERVERS);
    try (Admin admin = Admin.create(config)) {
      admin.describeCluster().nodes().get(timeout, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new EnvironmentException(
          origin
              + ": cannot reach Kafka at "
              + servers
              + " ("
              + Messages.rootCause(e)
              + "); check the servers, and the kafka.security.* and"
              + " kafka.sasl.* options",
          e);
    }
  }
}
