package io.streamjob.component;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of rule components declare. */
public final class Rules {
  private Rules() {}

  /** With {@code option=value}, {@code required} must be given too. */
  public static Rule requiresWhen(String option, String value, String required, String what) {
    return new Rule() {
      @Override
      public Optional<Broken> check(RuleContext c) {
        return is(c, option, value) && c.options().get(required) == null
            ? broken(
                option,
                option + "=" + value + " of " + c.owner() + " needs " + required + "=" + what)
            : Optional.empty();
      }

      @Override
      public String text() {
        return "With " + option + "=" + value + ": " + required + " is required (" + what + ").";
      }
    };
  }

  /** {@code option=value} is available only when {@code other} starts with {@code prefix}. */
  public static Rule onlyWhenStartsWith(
      String option, String value, String other, String prefix, String why) {
    return new Rule() {
      @Override
      public Optional<Broken> check(RuleContext c) {
        String given = c.value(other);
        return is(c, option, value) && (given == null || !given.startsWith(prefix))
            ? broken(
                option,
                option
                    + "="
                    + value
                    + " of "
                    + c.owner()
                    + " is only available "
                    + why
                    + " ("
                    + other
                    + " starting with "
                    + prefix
                    + ")")
            : Optional.empty();
      }

      @Override
      public String text() {
        return option
            + "="
            + value
            + " only "
            + why
            + " ("
            + other
            + " starting with "
            + prefix
            + ").";
      }
    };
  }

  /** The value of {@code option}, when given, starts with {@code prefix}. */
  public static Rule startsWith(String option, String prefix, String example) {
    return new Rule() {
      @Override
      public Optional<Broken> check(RuleContext c) {
        String given = c.options().get(option);
        return given != null && !given.startsWith(prefix)
            ? broken(
                option,
                option + " of " + c.owner() + " must start with " + prefix + ", e.g. " + example)
            : Optional.empty();
      }

      @Override
      public String text() {
        return option + " starts with " + prefix + ", e.g. " + example + ".";
      }
    };
  }

  /** {@code option=value} is refused with the triggers that end by themselves (Spark's rule). */
  public static Rule notWithEndingTriggers(String option, String value) {
    return new Rule() {
      @Override
      public Optional<Broken> check(RuleContext c) {
        return is(c, option, value) && c.trigger() != null && c.trigger().endsByItself()
            ? broken(
                option,
                option
                    + "="
                    + value
                    + " does not work with --trigger "
                    + c.trigger().text()
                    + " (Spark refuses it); use processing-time or the default"
                    + " trigger")
            : Optional.empty();
      }

      @Override
      public String text() {
        return option + "=" + value + " does not work with the available-now and once triggers.";
      }
    };
  }

  /**
   * {@code option}, when it names a local folder, exists: Spark refuses to start a file stream on a
   * missing path (PATH_NOT_FOUND) unless the path is a glob, which it leaves to match files later.
   * Remote URIs (hdfs:, s3a: ...) are not checked without Spark.
   */
  public static Rule existingLocalFolder(String option) {
    return new Rule() {
      @Override
      public Optional<Broken> check(RuleContext c) {
        String path = c.options().get(option);
        if (path == null
            || path.isBlank()
            || GLOB.matcher(path).find()
            || REMOTE.matcher(path).find()) {
          return Optional.empty();
        }
        Path folder;
        try {
          folder =
              (path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path))
                  .toAbsolutePath()
                  .normalize();
        } catch (IllegalArgumentException e) {
          return Optional.empty(); // not a path this check understands: Spark will say
        }
        return Files.exists(folder)
            ? Optional.empty()
            : broken(
                option,
                "input folder '"
                    + folder
                    + "' does not exist; create it, or fix"
                    + " the path (in a job file, a relative path is relative to the job file's"
                    + " folder)");
      }

      @Override
      public String text() {
        return "A local " + option + " must exist (a glob or a remote URI is left to Spark).";
      }
    };
  }

  /** A glob pattern, as Spark's SparkHadoopUtil.isGlobPath sees one. */
  private static final Pattern GLOB = Pattern.compile("[{}\\[\\]*?\\\\]");

  /** A URI scheme other than file: (hdfs:, s3a: ...). */
  private static final Pattern REMOTE = Pattern.compile("^(?!file:)[A-Za-z][A-Za-z0-9+.-]+:");

  private static boolean is(RuleContext c, String option, String value) {
    String given = c.value(option);
    return given != null && given.trim().equalsIgnoreCase(value);
  }

  private static Optional<Rule.Broken> broken(String option, String message) {
    return Optional.of(new Rule.Broken(option, message));
  }
}
