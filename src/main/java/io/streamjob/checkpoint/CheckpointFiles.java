package io.streamjob.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a Spark checkpoint's logs without Spark: offsets/N (what batch N reads), commits/N (batch N
 * is done), state/ (stateful operators). Works on any Hadoop file system.
 */
public final class CheckpointFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileSystem fs;
  private final Path root;

  public CheckpointFiles(String location, Configuration conf) throws IOException {
    this.root = new Path(location);
    this.fs = root.getFileSystem(conf);
  }

  public boolean exists() throws IOException {
    return fs.exists(new Path(root, "offsets"));
  }

  /** The newest batch id in a log directory (offsets or commits), if any. */
  public OptionalLong latest(String log) throws IOException {
    Path dir = new Path(root, log);
    if (!fs.exists(dir)) {
      return OptionalLong.empty();
    }
    return Arrays.stream(fs.listStatus(dir))
        .map(s -> s.getPath().getName())
        .filter(CheckpointFiles::isBatchId)
        .mapToLong(Long::parseLong)
        .max();
  }

  /** As Spark's metadata logs read a directory: a file is a batch when its name is a long. */
  private static boolean isBatchId(String name) {
    if (!name.matches("\\d{1,19}")) {
      return false;
    }
    try {
      Long.parseLong(name);
      return true;
    } catch (NumberFormatException e) {
      return false; // more digits than a long holds: not a batch Spark wrote
    }
  }

  public boolean hasOffsets(long id) throws IOException {
    return fs.exists(new Path(root, "offsets/" + id));
  }

  /** The source offsets of batch {@code id}: one JSON (or plain) value per source. */
  public List<String> offsets(long id) throws IOException, DamagedException {
    String name = "offsets/" + id;
    List<String> lines = read(new Path(root, name)).lines().toList();
    if (lines.size() < 3 || !lines.get(0).startsWith("v")) {
      throw new DamagedException(
          name,
          "it has "
              + lines.size()
              + " lines, not a version, the"
              + " batch metadata and the offsets of each source");
    }
    parse(name, lines.get(1));
    List<String> sources = new ArrayList<>(lines.subList(2, lines.size()));
    for (String source : sources) {
      if (source.startsWith("{") || source.startsWith("[")) {
        parse(name, source);
      }
    }
    return sources;
  }

  /** The batch metadata of batch {@code id}: watermark, time and the Spark settings it ran with. */
  public JsonNode metadata(long id) throws IOException, DamagedException {
    String name = "offsets/" + id;
    List<String> lines = read(new Path(root, name)).lines().toList();
    return parse(name, lines.size() > 1 ? lines.get(1) : "");
  }

  /** The stateful operators: state/&lt;operator&gt; directories, with their partition counts. */
  public List<String> stateOperators() throws IOException {
    Path state = new Path(root, "state");
    List<String> operators = new ArrayList<>();
    if (!fs.exists(state)) {
      return operators;
    }
    for (FileStatus op : fs.listStatus(state)) {
      if (op.isDirectory()) {
        long partitions =
            Arrays.stream(fs.listStatus(op.getPath()))
                .filter(s -> s.isDirectory() && s.getPath().getName().matches("\\d+"))
                .count();
        operators.add("operator " + op.getPath().getName() + ": " + partitions + " partitions");
      }
    }
    return operators;
  }

  private String read(Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public FileSystem fs() {
    return fs;
  }

  /** The job streamjob recorded the checkpoint for; empty when another program made it. */
  public Optional<JobFingerprint> fingerprint() throws IOException {
    Path file = new Path(root, JobFingerprint.FILE);
    return fs.exists(file) ? Optional.of(JobFingerprint.parse(read(file))) : Optional.empty();
  }

  /** Records the job the checkpoint is for. */
  void writeFingerprint(JobFingerprint job) throws IOException {
    try (OutputStream out = fs.create(new Path(root, JobFingerprint.FILE), true)) {
      out.write(job.json().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static JsonNode parse(String name, String text) throws DamagedException {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new DamagedException(name, "it is not complete JSON (" + why + ")");
    }
  }

  /**
   * The batch settings in the last offsets of the checkpoint at {@code location} (JSON), which
   * Spark resumes with; null when it has none, or when it cannot be read (a run reports that).
   */
  public static String recordedSettings(String location, Configuration conf) {
    if (location == null) {
      return null;
    }
    try {
      CheckpointFiles files = new CheckpointFiles(location, conf);
      OptionalLong latest = files.exists() ? files.latest("offsets") : OptionalLong.empty();
      return latest.isPresent() ? files.metadata(latest.getAsLong()).toString() : null;
    } catch (IOException | DamagedException e) {
      return null;
    }
  }

  /** A checkpoint file that cannot be read as Spark wrote it. */
  public static final class DamagedException extends Exception {
    private final String file;

    DamagedException(String file, String why) {
      super(file + " is damaged: " + why);
      this.file = file;
    }

    public String file() {
      return file;
    }
  }
}
