package io.streamjob.component;

import io.streamjob.sink.Sinks;
import io.streamjob.source.Sources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every source and sink streamjob knows, by name. */
public final class Catalogue {
  private final Map<String, ComponentSpec> sources = new LinkedHashMap<>();
  private final Map<String, ComponentSpec> sinks = new LinkedHashMap<>();

  public Catalogue(List<ComponentSpec> components) {
    for (ComponentSpec c : components) {
      (c.kind() == ComponentSpec.Kind.SOURCE ? sources : sinks).put(c.name(), c);
    }
  }

  /** The built-in catalogue. */
  public static Catalogue standard() {
    List<ComponentSpec> all = new java.util.ArrayList<>(Sources.all());
    all.addAll(Sinks.all());
    return new Catalogue(all);
  }

  public Optional<ComponentSpec> find(ComponentSpec.Kind kind, String name) {
    if (name == null) {
      return Optional.empty();
    }
    Map<String, ComponentSpec> map = kind == ComponentSpec.Kind.SOURCE ? sources : sinks;
    return Optional.ofNullable(map.get(name.toLowerCase(Locale.ROOT)));
  }

  public List<ComponentSpec> all(ComponentSpec.Kind kind) {
    return List.copyOf((kind == ComponentSpec.Kind.SOURCE ? sources : sinks).values());
  }

  public List<String> names(ComponentSpec.Kind kind) {
    return List.copyOf((kind == ComponentSpec.Kind.SOURCE ? sources : sinks).keySet());
  }
}
