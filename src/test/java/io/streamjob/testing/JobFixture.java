package io.streamjob.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Writes input files for file-source jobs. */
public final class JobFixture {
  public static final String ORDERS_SCHEMA = "id BIGINT, user STRING, amount DOUBLE, ts TIMESTAMP";

  private JobFixture() {}

  /**
   * Writes orders {@code from..to} (inclusive) as JSON lines into {@code dir/name}: user {@code
   * u<id % 3>}, amount {@code id * 10}, one second apart from 2026-01-01T00:00:00.
   */
  public static Path writeOrders(Path dir, String name, long from, long to) throws IOException {
    Files.createDirectories(dir);
    String lines =
        LongStream.rangeClosed(from, to)
            .mapToObj(
                id ->
                    String.format(
                        "{\"id\": %d, \"user\": \"u%d\", \"amount\": %d.0, \"ts\": \"2026-01-01T00:%02d:%02d\"}",
                        id, id % 3, id * 10, (id / 60) % 60, id % 60))
            .collect(Collectors.joining("\n", "", "\n"));
    // Written beside the directory and moved in, so the source never sees a half-written file.
    Path tmp = Files.writeString(dir.resolveSibling(name + ".tmp"), lines);
    return Files.move(tmp, dir.resolve(name));
  }
}
