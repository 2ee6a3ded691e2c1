package io.streamjob.compile;

import io.streamjob.config.Origins;
import io.streamjob.error.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One compilation's findings so far, and where each setting was given. */
final class Compilation {
  final Origins origins;
  final List<String> problems = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  Compilation(Origins origins) {
    this.origins = origins;
  }

  /** A problem with the setting {@code key}, named where it was given. */
  void problem(String key, String message) {
    problems.add(origins.of(key) + ": " + message);
  }

  /** The parsed value, or null with the parser's problems recorded. */
  <T> T parse(Supplier<T> parser) {
    try {
      return parser.get();
    } catch (UsageException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
