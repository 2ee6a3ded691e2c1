package io.streamjob.session;

import io.streamjob.error.ExitCodes;
import io.streamjob.error.Messages;
import io.streamjob.error.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;

/** Turns Spark's analysis errors into usage errors that name the option at fault. */
public final class SparkErrors {
  private SparkErrors() {}

  /** Spark's message without the logical plan it appends. */
  public static String message(AnalysisException e) {
    return Messages.firstLine(e.getSimpleMessage());
  }

  /**
   * The one-line cause of a failed query: the deepest error that Spark classified (it has an error
   * condition such as MALFORMED_RECORD_IN_PARSING), else the deepest message at all.
   */
  public static String cause(Throwable error) {
    String classified = null;
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SparkThrowable s
          && s.getCondition() != null
          && !"STREAM_FAILED".equals(s.getCondition())) {
        // streamjob's own raise_error messages (bad values) are shown without Spark's wrapping.
        String raised =
            "USER_RAISED_EXCEPTION".equals(s.getCondition())
                ? s.getMessageParameters().get("errorMessage")
                : null;
        classified = Messages.firstLine(raised != null ? raised : t.getMessage());
      }
    }
    return classified != null ? classified : Messages.rootCause(error);
  }

  /**
   * The exit code of an exception that nothing in streamjob turned into a {@code
   * StreamJobException}. A failure that Spark reported (every Spark error, a failed query or job
   * among them, is a {@link SparkThrowable}) is a failed query; an I/O failure is the environment;
   * anything else is a defect in streamjob, which a retry would only repeat.
   */
  public static int exitCode(Throwable unexpected) {
    boolean io = false;
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = unexpected; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SparkThrowable) {
        return ExitCodes.QUERY_FAILED;
      }
      io |= t instanceof IOException || t instanceof UncheckedIOException;
    }
    return io ? ExitCodes.ENVIRONMENT : ExitCodes.INTERNAL;
  }

  /** Runs {@code step}; an analysis error in it is reported against {@code option}. */
  public static <T> T analyzing(String option, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      // Data sources validate their options when the stream is created (e.g. Kafka's
      // startingOffsets): a wrong option, so a usage error.
      throw new UsageException(List.of(option + ": " + Messages.rootCause(e)), e);
    } catch (Exception e) {
      throw asAnalysisError(e).map(a -> usage(option, a)).orElseThrow(() -> sneaky(e));
    }
  }

  /**
   * Spark's Scala code throws {@link AnalysisException}, a checked exception, without declaring it;
   * Java callers catch {@code Exception} and look here.
   */
  public static Optional<AnalysisException> asAnalysisError(Exception e) {
    return e instanceof AnalysisException a ? Optional.of(a) : Optional.empty();
  }

  private static UsageException usage(String option, AnalysisException e) {
    return new UsageException(List.of(option + ": " + message(e)), e);
  }

  private static RuntimeException sneaky(Exception e) {
    return e instanceof RuntimeException r ? r : new IllegalStateException(e);
  }
}
