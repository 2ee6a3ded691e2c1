package io.streamjob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, read from the sources: arrows between packages run one
 * way, and connectors are reached only through their registry.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final String ROOT = "io.streamjob.";
  private static final String CONNECTOR = ROOT + "connector";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern REFERENCE =
      Pattern.compile("\\bio\\.streamjob\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

  /** Comments and string literals, which name classes without depending on them. */
  private static final Pattern NOT_CODE =
      Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);

  /** Each package and the project packages its classes use. */
  private static final Map<String, Set<String>> USES = new TreeMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(file);
        Matcher pkg = PACKAGE.matcher(code);
        pkg.find();
        Set<String> uses = USES.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
        Matcher ref = REFERENCE.matcher(NOT_CODE.matcher(code).replaceAll(""));
        while (ref.find()) {
          String used = ROOT + ref.group(1);
          if (!used.equals(pkg.group(1))) {
            uses.add(used);
          }
        }
      }
    }
  }

  @Test
  void noPackageCycle() {
    List<String> cycles = new ArrayList<>();
    for (String from : USES.keySet()) {
      for (String to : USES.get(from)) {
        if (reaches(to, from, new TreeSet<>())) {
          cycles.add(from + " -> " + to);
        }
      }
    }
    assertEquals(List.of(), cycles, "arrows that run back up (each reaches back to its start)");
  }

  @Test
  void connectorsAreReachedOnlyThroughTheirRegistry() {
    List<String> reaching = new ArrayList<>();
    USES.forEach(
        (from, uses) ->
            uses.stream()
                .filter(to -> to.startsWith(CONNECTOR + ".") && !to.equals(from))
                .filter(to -> !from.equals(CONNECTOR))
                .forEach(to -> reaching.add(from + " -> " + to)));
    assertEquals(
        List.of(),
        reaching,
        "only " + CONNECTOR + " (the registry) uses a connector family; a family uses no other");
  }

  private static boolean reaches(String from, String target, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    return USES.getOrDefault(from, Set.of()).stream().anyMatch(p -> reaches(p, target, seen));
  }
}
