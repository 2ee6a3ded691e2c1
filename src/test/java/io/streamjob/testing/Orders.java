package io.streamjob.testing;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** Order records as JSON strings, the shape every Kafka test produces. */
public final class Orders {
  public static final String SCHEMA = JobFixture.ORDERS_SCHEMA;

  private Orders() {}

  public static String json(long id) {
    return String.format(
        "{\"id\": %d, \"user\": \"u%d\", \"amount\": %d.5, \"ts\": \"2026-01-01T00:%02d:%02d\"}",
        id, id % 3, id, (id / 60) % 60, id % 60);
  }

  /** Orders {@code from..to} keyed by id. */
  public static List<Map.Entry<String, String>> keyed(long from, long to) {
    return LongStream.rangeClosed(from, to)
        .mapToObj(id -> Map.entry(String.valueOf(id), json(id)))
        .toList();
  }
}
