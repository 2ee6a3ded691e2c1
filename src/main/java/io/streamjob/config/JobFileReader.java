package io.streamjob.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.streamjob.error.UsageException;
import io.streamjob.value.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML or JSON job file into a flat map of settings ({@code source.format}, {@code
 * source.options.subscribe}, {@code transform.select} ...), keeping the line of every key so that
 * errors can point at it. Unknown keys are reported all at once.
 */
public final class JobFileReader {
  /** The streaming parser only: validate must start fast, and databind costs ~400 classes. */
  private static final YAMLFactory YAML = new YAMLFactory();

  private JobFileReader() {}

  public static Map<String, Setting> read(Path file) {
    if (!Files.isReadable(file)) {
      throw new UsageException("--config: cannot read job file '" + file + "'");
    }
    Map<String, Setting> settings = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try (JsonParser parser = YAML.createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new UsageException(
            file + ": a job file holds keys such as source:, sink:, transform:");
      }
      readObject(parser, "", new Where(file), settings, problems);
    } catch (IOException e) {
      throw new UsageException(file + ": not valid YAML or JSON: " + firstLine(e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
    return settings;
  }

  /** The job file, for error messages, and its folder, which its relative paths are relative to. */
  private record Where(Path file, Path folder) {
    Where(Path file) {
      this(file, file.toAbsolutePath().normalize().getParent());
    }

    Setting setting(Object value, int line, String path) {
      return new Setting(value, file + ":" + line + " (" + path + ")", folder);
    }

    @Override
    public String toString() {
      return file.toString();
    }
  }

  private static void readObject(
      JsonParser parser,
      String block,
      Where file,
      Map<String, Setting> settings,
      List<String> problems)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int line = parser.currentTokenLocation().getLineNr();
      String path = block.isEmpty() ? key : block + "." + key;
      JsonToken value = parser.nextToken();
      List<String> allowed = JobFileShape.keysOf(block);
      if (allowed != null && !allowed.contains(key)) {
        problems.add(
            file
                + ":"
                + line
                + ": unknown key '"
                + path
                + "'"
                + Suggestions.didYouMean(key, allowed)
                + "; valid keys here: "
                + String.join(", ", allowed));
        parser.skipChildren();
      } else if (JobFileShape.FREE_MAPS.contains(path)) {
        readMap(parser, path, file, line, settings, problems);
      } else if (value == JsonToken.START_OBJECT && JobFileShape.keysOf(path) != null) {
        readObject(parser, path, file, settings, problems);
      } else if (value == JsonToken.START_ARRAY && JobFileShape.LISTS.contains(path)) {
        settings.put(path, file.setting(readList(parser), line, path));
      } else if (value.isScalarValue()) {
        settings.put(path, file.setting(parser.getValueAsString(), line, path));
      } else {
        problems.add(
            file
                + ":"
                + line
                + ": '"
                + path
                + "' must be "
                + (JobFileShape.keysOf(path) != null ? "a block of keys" : "a single value"));
        parser.skipChildren();
      }
    }
  }

  private static void readMap(
      JsonParser parser,
      String path,
      Where file,
      int line,
      Map<String, Setting> settings,
      List<String> problems)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problems.add(file + ":" + line + ": '" + path + "' must be a map of KEY: VALUE");
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = parser.currentTokenLocation().getLineNr();
      if (!parser.nextToken().isScalarValue()) {
        problems.add(file + ":" + keyLine + ": '" + path + "." + key + "' must be a single value");
        parser.skipChildren();
        continue;
      }
      settings.put(
          path + "." + key, file.setting(parser.getValueAsString(), keyLine, path + "." + key));
    }
  }

  private static List<String> readList(JsonParser parser) throws IOException {
    List<String> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(parser.getValueAsString());
    }
    return items;
  }

  private static String firstLine(String message) {
    int newline = message == null ? -1 : message.indexOf('\n');
    return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
  }
}
