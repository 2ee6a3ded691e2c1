package io.streamjob.value;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret values of the running job (passwords, JAAS configs, tokens), so that every place that
 * prints (errors, logs, plans) can scrub them. One set per process: logging reaches it from
 * logback's converters, which cannot be handed an instance.
 */
public final class SecretValues {
  /** Option keys whose values are secrets: a superset of Spark's spark.redaction.regex. */
  private static final String SENSITIVE_WORDS =
      "password|passwd|secret|token|jaas|credential|api[._-]?key|access[._-]?key"
          + "|private[._-]?key|ssl\\.key|sasl\\.oauthbearer|authorization";

  public static final Pattern SENSITIVE_KEY = Pattern.compile("(?i).*(" + SENSITIVE_WORDS + ").*");

  public static final String MASK = "*****";

  private static final SecretValues PROCESS = new SecretValues();

  /**
   * Shorter values are masked only where they stand as the value of a secret option ({@code
   * password=ab}, {@code "password":"ab"}): masked wherever they appear, one or two letters would
   * turn every word that holds them into asterisks.
   */
  private static final int SHORTEST = 3;

  /** A secret option's name, then = or : (with JSON's quotes), then the value (group 2). */
  private static final String AFTER_SENSITIVE_KEY =
      "(?i)((?:" + SENSITIVE_WORDS + ")[\\w.-]*[\"']?\\s*[=:]\\s*[\"']?)((?-i:";

  /** What may follow a whole value: a quote, a separator, a bracket, white space, the end. */
  private static final String VALUE_END = "))(?=[\"'&;,)}\\]\\s]|$)";

  private final Set<String> values = new CopyOnWriteArraySet<>();
  private final Set<String> shortValues = new CopyOnWriteArraySet<>();

  /** Masks the short values after a secret option's name; null while there is none. */
  private volatile Pattern shortValueAfterKey;

  public static SecretValues process() {
    return PROCESS;
  }

  public static boolean isSensitive(String key) {
    return key != null && SENSITIVE_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
  }

  public void add(String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (value.length() >= SHORTEST) {
      values.add(value);
    } else if (shortValues.add(value)) {
      String alternatives = String.join("|", shortValues.stream().map(Pattern::quote).toList());
      shortValueAfterKey = Pattern.compile(AFTER_SENSITIVE_KEY + alternatives + VALUE_END);
    }
  }

  /** Adds the value when the key names a secret, and any password inside it (JDBC URLs). */
  public void addIfSensitive(String key, String value) {
    if (isSensitive(key)) {
      add(value);
    }
    if (value != null) {
      Matcher m = PASSWORD_IN_VALUE.matcher(value);
      while (m.find()) {
        add(m.group(1));
      }
    }
  }

  private static final Pattern PASSWORD_IN_VALUE = Pattern.compile("(?i)password=([^&;\\s]+)");

  /** {@code text} with every known secret replaced by {@link #MASK}. */
  public String scrub(String text) {
    if (text == null || (values.isEmpty() && shortValueAfterKey == null)) {
      return text;
    }
    String result = text;
    // Longest first: a secret that contains another is masked whole.
    List<String> ordered =
        values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String secret : ordered) {
      result = result.replace(secret, MASK);
    }
    return scrubShort(result);
  }

  private String scrubShort(String text) {
    Pattern pattern = shortValueAfterKey;
    return pattern == null
        ? text
        : pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }
}
