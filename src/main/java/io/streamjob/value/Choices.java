package io.streamjob.value;

import io.streamjob.error.UsageException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses a flag whose value is one of an enum's constants, written in lower case. */
public final class Choices {
  private Choices() {}

  public static <E extends Enum<E>> E parse(
      Class<E> type, String text, String option, String what) {
    E[] constants = type.getEnumConstants();
    for (E constant : constants) {
      if (constant.name().equalsIgnoreCase(text.trim())) {
        return constant;
      }
    }
    String names =
        Arrays.stream(constants)
            .map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new UsageException(option + ": '" + text + "' is not " + what + "; use one of: " + names);
  }
}
