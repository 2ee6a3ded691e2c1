package io.streamjob.component;

import java.util.List;

/**
 * One option of a source or sink, declared once: validation, {@code describe} and the generated
 * docs all read it.
 *
 * @param defaultValue what applies when the option is absent (Spark's default unless {@code
 *     streamjobDefault} says streamjob sets it), or null
 * @param allowedValues the only values accepted (case-insensitive), or empty for any value
 * @param streamjobDefault true when streamjob passes {@code defaultValue} to Spark itself because
 *     it differs from Spark's own
 * @param forSpark false for options streamjob consumes itself (e.g. {@code partitionBy})
 * @param sensitive true when the value is a secret: it is never printed
 * @param rejection why the option is refused and what to do instead, or null when accepted
 * @param shorthand the flag that stands for this option, e.g. {@code --topic}, or null
 */
public record OptionSpec(
    String name,
    OptionType type,
    String defaultValue,
    boolean required,
    String description,
    List<String> allowedValues,
    boolean streamjobDefault,
    boolean forSpark,
    boolean sensitive,
    String rejection,
    String shorthand) {

  public OptionSpec {
    allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
  }

  public static OptionSpec required(String name, OptionType type, String description) {
    return new OptionSpec(
        name, type, null, true, description, List.of(), false, true, false, null, null);
  }

  public static OptionSpec optional(
      String name, OptionType type, String defaultValue, String description) {
    return new OptionSpec(
        name, type, defaultValue, false, description, List.of(), false, true, false, null, null);
  }

  /** An option Spark refuses (or that would lose data): an error with {@code advice} if given. */
  public static OptionSpec rejected(String name, String advice) {
    return new OptionSpec(
        name,
        OptionType.STRING,
        null,
        false,
        "not supported: " + advice,
        List.of(),
        false,
        false,
        false,
        advice,
        null);
  }

  /** Accept only these values (case-insensitive). */
  public OptionSpec oneOf(String... values) {
    return new OptionSpec(
        name,
        type,
        defaultValue,
        required,
        description,
        List.of(values),
        streamjobDefault,
        forSpark,
        sensitive,
        rejection,
        shorthand);
  }

  /** streamjob passes {@code defaultValue} to Spark when the user gives none. */
  public OptionSpec setByStreamjob() {
    return new OptionSpec(
        name,
        type,
        defaultValue,
        required,
        description,
        allowedValues,
        true,
        forSpark,
        sensitive,
        rejection,
        shorthand);
  }

  /** streamjob consumes this option itself; it is not handed to Spark as an option. */
  public OptionSpec consumedByStreamjob() {
    return new OptionSpec(
        name,
        type,
        defaultValue,
        required,
        description,
        allowedValues,
        streamjobDefault,
        false,
        sensitive,
        rejection,
        shorthand);
  }

  /** The flag {@code flag} stands for this option (e.g. {@code --topic} for subscribe). */
  public OptionSpec shorthand(String flag) {
    return new OptionSpec(
        name,
        type,
        defaultValue,
        required,
        description,
        allowedValues,
        streamjobDefault,
        forSpark,
        sensitive,
        rejection,
        flag);
  }

  public OptionSpec secret() {
    return new OptionSpec(
        name,
        type,
        defaultValue,
        required,
        description,
        allowedValues,
        streamjobDefault,
        forSpark,
        true,
        rejection,
        shorthand);
  }
}
