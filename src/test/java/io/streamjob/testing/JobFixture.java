package io.streamjob.testing;

import io.streamjob.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Writes input files for file-source jobs and runs streamjob in this JVM. */
public final class JobFixture {
  public static final String ORDERS_SCHEMA = "id BIGINT, user STRING, amount DOUBLE, ts TIMESTAMP";

  private JobFixture() {}

  public record Run(int code, String out, String err) {}

  /** Runs streamjob in this JVM on a local[2] session. */
  public static Run run(String... args) {
    return runOn("local[2]", args);
  }

  /** Runs streamjob in this JVM with {@code --master master}. */
  public static Run runOn(String master, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--master");
    all.add(master);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Writes orders {@code from..to} (inclusive) as JSON lines into {@code dir/name}: user
   * {@code u<id % 3>}, amount {@code id * 10}, one second apart from 2026-01-01T00:00:00.
   */
  public static Path writeOrders(Path dir, String name, long from, long to) throws IOException {
    Files.createDirectories(dir);
    String lines =
        LongStream.rangeClosed(from, to)
            .mapToObj(id -> String.format(
                "{\"id\": %d, \"user\": \"u%d\", \"amount\": %d.0, \"ts\": \"2026-01-01T00:%02d:%02d\"}",
                id, id % 3, id * 10, (id / 60) % 60, id % 60))
            .collect(Collectors.joining("\n", "", "\n"));
    // Written beside the directory and moved in, so the source never sees a half-written file.
    Path tmp = Files.writeString(dir.resolveSibling(name + ".tmp"), lines);
    return Files.move(tmp, dir.resolve(name));
  }
}
