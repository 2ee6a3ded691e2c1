package io.streamjob.deadletter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Dead letters of one task sent to a Kafka topic, keyed by source position. At least once: a
 * replayed batch sends its dead letters again (consumers can deduplicate by key).
 */
final class KafkaDeadLetters implements DeadLetterWriter {
  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  KafkaDeadLetters(String topic, Map<String, String> kafkaOptions) {
    Properties config = new Properties();
    kafkaOptions.forEach(
        (key, value) -> {
          String name = key.startsWith("kafka.") ? key.substring("kafka.".length()) : null;
          if (name != null && ProducerConfig.configNames().contains(name)) {
            config.put(name, value);
          }
        });
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    this.producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    this.topic = topic;
  }

  @Override
  public void write(String key, String json) {
    producer.send(
        new ProducerRecord<>(
            topic, key.getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8)),
        (metadata, error) -> {
          if (error != null) {
            failure.compareAndSet(null, error);
          }
        });
  }

  @Override
  public void commit() throws IOException {
    try {
      producer.flush(); // completes every send; their errors reach the callback
      if (failure.get() != null) {
        throw new IOException("cannot send dead letters to topic " + topic, failure.get());
      }
    } finally {
      producer.close();
    }
  }
}
