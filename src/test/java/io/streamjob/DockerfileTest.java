package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What can be checked of the Dockerfile without a container engine. */
class DockerfileTest {
  private final List<String> lines = read();

  private static List<String> read() {
    try {
      return Files.readAllLines(Path.of("Dockerfile"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everythingCopiedFromTheRepositoryExists() {
    List<String> copies =
        lines.stream().filter(l -> l.startsWith("COPY ") && !l.contains("--from")).toList();
    assertFalse(copies.isEmpty());
    for (String copy : copies) {
      String[] parts = copy.split("\\s+");
      for (int i = 1; i < parts.length - 1; i++) {
        assertTrue(Files.exists(Path.of(parts[i])), "COPY source " + parts[i] + " exists");
      }
    }
  }

  @Test
  void runsTheLauncherAsANonRootUser() {
    String user =
        lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
    assertFalse(user.contains("root") || user.endsWith(" 0"), user);
    assertTrue(lines.contains("ENTRYPOINT [\"/opt/streamjob/bin/streamjob\"]"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("VOLUME") && l.contains("/conf")));
  }

  @Test
  void theLayoutItCopiesIsTheOneTheLauncherLooksIn() throws Exception {
    // lib/streamjob-*-all.jar, bin/streamjob, conf/: see ContainerLayoutIT for a run from it.
    assertTrue(lines.contains("COPY --from=build /src/target/streamjob-*-all.jar lib/"));
    String launcher = Files.readString(Path.of("bin/streamjob"));
    assertTrue(
        launcher.contains("$STREAMJOB_HOME\"/lib/streamjob-*-\"$kind\".jar"),
        "launcher looks in lib/");
    assertEquals(1, lines.stream().filter(l -> l.equals("WORKDIR /opt/streamjob")).count());
  }
}
