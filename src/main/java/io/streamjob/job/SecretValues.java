package io.streamjob.job;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * The secret values of the running job (passwords, JAAS configs, tokens), so that every place
 * that prints (errors, logs, plans) can scrub them. One set per process: logging reaches it
 * from logback's converters, which cannot be handed an instance.
 */
public final class SecretValues {
  /** Option keys whose values are secrets: a superset of Spark's spark.redaction.regex. */
  public static final Pattern SENSITIVE_KEY =
      Pattern.compile(
          "(?i).*(password|passwd|secret|token|jaas|credential|api[._-]?key|access[._-]?key"
              + "|private[._-]?key|ssl\\.key|sasl\\.oauthbearer|authorization).*");

  public static final String MASK = "*****";

  private static final SecretValues PROCESS = new SecretValues();

  /** Shorter values are too likely to match unrelated text to be worth masking. */
  private static final int SHORTEST = 3;

  private final Set<String> values = new CopyOnWriteArraySet<>();

  public static SecretValues process() {
    return PROCESS;
  }

  public static boolean isSensitive(String key) {
    return key != null && SENSITIVE_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
  }

  public void add(String value) {
    if (value != null && value.length() >= SHORTEST) {
      values.add(value);
    }
  }

  /** Adds the value when the key names a secret, and any password inside it (JDBC URLs). */
  public void addIfSensitive(String key, String value) {
    if (isSensitive(key)) {
      add(value);
    }
    if (value != null) {
      java.util.regex.Matcher m = PASSWORD_IN_VALUE.matcher(value);
      while (m.find()) {
        add(m.group(1));
      }
    }
  }

  private static final Pattern PASSWORD_IN_VALUE = Pattern.compile("(?i)password=([^&;\\s]+)");

  /** {@code text} with every known secret replaced by {@link #MASK}. */
  public String scrub(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String result = text;
    // Longest first: a secret that contains another is masked whole.
    List<String> ordered =
        values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String secret : ordered) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
