package io.streamjob.config;

import io.streamjob.error.UsageException;
import io.streamjob.value.SecretValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}}, {@code ${VAR:-default}} and {@code ${file:PATH}} in option values, so
 * that settings (and secrets) can come from the environment or from files instead of the
 * command line. Every value read from a file is treated as a secret. {@code $${} is a literal
 * {@code ${}, for text that must reach Spark or the data as it is.
 */
public final class Interpolation {
  /** A reference (its name in group 1), or {@code $${}, a literal {@code ${} (group 1 null). */
  private static final Pattern REFERENCE = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");

  private final Function<String, String> environment;
  private final SecretValues secrets;

  public Interpolation(Function<String, String> environment, SecretValues secrets) {
    this.environment = environment;
    this.secrets = secrets;
  }

  /**
   * {@code where} names the option or key, for the error when a reference cannot be resolved; a
   * relative {@code ${file:PATH}} is read from {@code base} (a job file's folder), or from the
   * working directory when base is null.
   */
  public String resolve(String text, String where, Path base) {
    if (text == null || !text.contains("${")) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(1) == null ? "${" : lookup(m.group(1), where, base);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String lookup(String reference, String where, Path base) {
    if (reference.startsWith("file:")) {
      Path file = Path.of(reference.substring("file:".length()));
      if (base != null) {
        file = base.resolve(file);
      }
      try {
        String content = Files.readString(file).strip();
        secrets.add(content);
        return content;
      } catch (IOException e) {
        throw new UsageException(where + ": cannot read '" + file + "' (from ${file:...})");
      }
    }
    int dash = reference.indexOf(":-");
    String name = dash < 0 ? reference : reference.substring(0, dash);
    String value = environment.apply(name);
    if (value != null) {
      return value;
    }
    if (dash >= 0) {
      return reference.substring(dash + 2);
    }
    throw new UsageException(
        where
            + ": environment variable "
            + name
            + " is not set; set it, or give a default as ${"
            + name
            + ":-default}");
  }
}
