package io.streamjob.component;

/** What a component can do or needs, as far as validation has to know before Spark runs. */
public enum Capability {
  /** A file source whose records need {@code --schema}. */
  NEEDS_SCHEMA,
  /** A source with a {@code value} column that {@code --value-format} can decode. */
  DECODES_VALUE,
  /** A sink that needs {@code --checkpoint} to be restartable. */
  NEEDS_CHECKPOINT,
  /** A file sink: append output mode only. */
  APPEND_ONLY,
  /** A table sink: append or complete output mode, not update. */
  NO_UPDATE,
  /** A sink that needs {@code --query-name} (the memory sink names its table after it). */
  NEEDS_QUERY_NAME,
  /** Supported by Spark's continuous trigger. */
  CONTINUOUS,
  /** Supported by Spark's real-time trigger. */
  REAL_TIME,
  /**
   * A sink that keeps nothing in the checkpoint: Spark resumes into it from a checkpoint made with
   * another sink or topic (it gets the new rows).
   */
  KEEPS_NOTHING_IN_CHECKPOINT,
  /**
   * A source whose connection can carry dead letters to a topic ({@code --dead-letter
   * kafka:TOPIC}).
   */
  DEAD_LETTERS_TO_KAFKA
}
