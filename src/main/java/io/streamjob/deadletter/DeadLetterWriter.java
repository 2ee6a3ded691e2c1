package io.streamjob.deadletter;

import java.io.IOException;

/** Where one task writes the dead letters of its part of a batch. */
interface DeadLetterWriter {
  void write(String key, String json) throws IOException;

  /** Makes the task's dead letters visible (or durable); called once the partition is read. */
  void commit() throws IOException;
}
