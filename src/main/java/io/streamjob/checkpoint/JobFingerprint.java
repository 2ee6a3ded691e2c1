package io.streamjob.checkpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a checkpoint was made for: the parts of a job that Spark cannot resume across changes
 * (sources and topics, what the stateful operators store, sink), and the state store provider
 * (shown by `streamjob checkpoint`; Spark keeps the recorded one, so it is not compared). Stored as
 * {@code streamjob-job.json} in the checkpoint directory. Only the fields both fingerprints have
 * are compared: one written by an earlier version of streamjob holds fields that are no longer
 * compared (shuffle partitions, output mode, stateful operators as text) and lacks the newer ones,
 * and is not refused for that.
 */
public record JobFingerprint(Map<String, String> fields, Set<String> resumingAnyEarlier) {
  public static final String FILE = "streamjob-job.json";

  /** The stateful operators, in plan order, by the types of the state they keep. */
  public static final String STATE = "state operators";

  /**
   * spark.sql.streaming.stateStore.providerClass; recorded only for stateful jobs, not compared.
   */
  public static final String STATE_STORE_PROVIDER = "state store provider";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * {@code resumingAnyEarlier}: the fields recorded (so that a later job compares with them) but
   * not compared with the checkpoint's, since Spark resumes from any earlier value.
   */
  public JobFingerprint {
    resumingAnyEarlier = Set.copyOf(resumingAnyEarlier);
  }

  public JobFingerprint(Map<String, String> fields) {
    this(fields, Set.of());
  }

  public static JobFingerprint parse(String json) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    JSON.readTree(json)
        .fields()
        .forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
    return new JobFingerprint(fields);
  }

  public String json() {
    try {
      return JSON.writeValueAsString(fields);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** This fingerprint with {@code field} (when it has one) set to {@code value}. */
  public JobFingerprint withRecorded(String field, String value) {
    if (!fields.containsKey(field)) {
      return this;
    }
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(field, value);
    return new JobFingerprint(changed, resumingAnyEarlier);
  }

  /** "what: was X, now Y" for each field that differs. */
  public List<String> differencesFrom(JobFingerprint stored) {
    List<String> changes = new ArrayList<>();
    fields.forEach(
        (key, now) -> {
          String was = stored.fields().get(key);
          if (was != null && !was.equals(now) && !resumingAnyEarlier.contains(key)) {
            changes.add(key + " was " + was + ", now " + now);
          }
        });
    return changes;
  }
}
