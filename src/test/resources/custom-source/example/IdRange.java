package example;

/**
 * The first id of a partition of the counting source. A class of its own so that it can ship in
 * its own jar: the source's package depends on it, as packages depend on libraries.
 */
public final class IdRange {
  private IdRange() {}

  public static long first(int part, long rowsPerPartition) {
    return part * rowsPerPartition;
  }
}
