package io.streamjob.connector.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamjob.testing.InProcessCli;
import org.junit.jupiter.api.Test;

/** Kafka options checked before Spark starts: no broker needed. */
class KafkaOptionsTest {
  private static InProcessCli.Result kafka(String... more) {
    String[] base = {
      "--source", "kafka", "--bootstrap-servers", "127.0.0.1:9", "--sink", "console"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return InProcessCli.run(args);
  }

  @Test
  void autoOffsetResetIsRefusedWithSparksAdvice() {
    InProcessCli.Result r =
        kafka("--topic", "t", "--source-option", "kafka.auto.offset.reset=earliest");
    assertEquals(2, r.code());
    assertTrue(
        r.err().contains("option 'kafka.auto.offset.reset' of source 'kafka' is not supported"),
        r.err());
    assertTrue(r.err().contains("'startingOffsets' to 'earliest' or 'latest'"), r.err());
  }

  @Test
  void deserializersAreRefused() {
    InProcessCli.Result r =
        kafka(
            "--topic",
            "t",
            "--source-option",
            "kafka.value.deserializer=org.apache.kafka.common.serialization.StringDeserializer");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--value-format"), r.err());
  }

  @Test
  void exactlyOneWayToChooseTopics() {
    InProcessCli.Result r = kafka("--topic", "t", "--source-option", "subscribePattern=t.*");
    assertEquals(2, r.code());
    assertTrue(
        r.err().contains("exactly one of subscribe, subscribePattern, assign (2 given)"), r.err());
    InProcessCli.Result none = kafka();
    assertTrue(none.err().contains("(none given)"), none.err());
  }

  @Test
  void groupIdWithPrefixIsRefused() {
    InProcessCli.Result r =
        kafka(
            "--topic",
            "t",
            "--source-option",
            "kafka.group.id=g",
            "--source-option",
            "groupIdPrefix=p");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("takes 'kafka.group.id' or 'groupIdPrefix', not both"), r.err());
  }

  @Test
  void unknownAndMistypedOptionsAreNamed() {
    InProcessCli.Result r =
        kafka(
            "--topic",
            "t",
            "--source-option",
            "startingOffset=earliest",
            "--max-offsets-per-trigger",
            "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown option 'startingOffset'"), r.err());
    assertTrue(r.err().contains("did you mean 'startingOffsets'?"), r.err());
    assertTrue(
        r.err().contains("'maxOffsetsPerTrigger' of source 'kafka' must be greater than zero"),
        r.err());
  }

  @Test
  void startingOffsetsAreCheckedBeforeSparkStarts() {
    InProcessCli.Result r = kafka("--topic", "t", "--starting-offsets", "yesterday");
    assertEquals(2, r.code());
    assertTrue(
        r.err().contains("'startingOffsets' of source 'kafka' must be earliest, latest, or JSON"),
        r.err());
  }

  @Test
  void shorthandsAndRawOptionsMustAgree() {
    InProcessCli.Result r = kafka("--topic", "a", "--source-option", "subscribe=b");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--topic and option subscribe disagree"), r.err());
  }

  @Test
  void shorthandsNeedAKafkaSourceOrSink() {
    InProcessCli.Result r =
        InProcessCli.run(
            "--source", "rate", "--sink", "console", "--topic", "t", "--output-topic", "o");
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .contains(
                "--topic: neither the source nor the sink takes it (it is an"
                    + " option of source kafka)"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "--output-topic: neither the source nor the sink takes it (it is"
                    + " an option of sink kafka)"),
        r.err());
  }

  @Test
  void endingOffsetsAreRefusedInStreaming() {
    InProcessCli.Result r = kafka("--topic", "t", "--source-option", "endingOffsets=latest");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--trigger available-now"), r.err());
  }

  @Test
  void unsetEnvironmentVariableIsNamed() {
    InProcessCli.Result r =
        kafka(
            "--topic",
            "t",
            "--source-option",
            "kafka.sasl.jaas.config=${STREAMJOB_TEST_UNSET_VARIABLE}");
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .contains(
                "--source-option kafka.sasl.jaas.config: environment variable"
                    + " STREAMJOB_TEST_UNSET_VARIABLE is not set"),
        r.err());
  }
}
