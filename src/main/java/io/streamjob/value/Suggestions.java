package io.streamjob.value;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt names: the closest candidate by edit distance, if close enough. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> nearest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String needle = input.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    // Beyond a third of the word, a suggestion is more confusing than helpful.
    int limit = Math.max(2, needle.length() / 3);
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The candidate exactly one edit (insert, delete, replace; case ignored) from {@code input}. */
  public static Optional<String> oneEditAway(String input, Collection<String> candidates) {
    String needle = input.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> distance(needle, c.toLowerCase(Locale.ROOT)) == 1)
        .findFirst();
  }

  /** Appends " (did you mean 'x'?)" when a close candidate exists. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return nearest(input, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
