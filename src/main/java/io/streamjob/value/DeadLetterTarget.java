package io.streamjob.value;

/**
 * Where records that cannot be decoded go: a directory (JSON lines, one directory per batch) or a
 * Kafka topic ({@code kafka:TOPIC}, through the Kafka source's connection settings).
 */
public record DeadLetterTarget(String directory, String kafkaTopic) {
  private static final String KAFKA = "kafka:";

  public static DeadLetterTarget parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return null;
    }
    return spec.startsWith(KAFKA)
        ? new DeadLetterTarget(null, spec.substring(KAFKA.length()))
        : new DeadLetterTarget(spec, null);
  }

  public boolean isKafka() {
    return kafkaTopic != null;
  }

  @Override
  public String toString() {
    return isKafka() ? KAFKA + kafkaTopic : directory;
  }
}
