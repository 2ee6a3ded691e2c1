package io.streamjob.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Sources and sinks by name: the declarations validation, describe and the docs read. */
public final class Catalogue {
  private final Map<String, ComponentSpec> sources = new LinkedHashMap<>();
  private final Map<String, ComponentSpec> sinks = new LinkedHashMap<>();

  public Catalogue(List<ComponentSpec> components) {
    for (ComponentSpec c : components) {
      (c.kind() == ComponentSpec.Kind.SOURCE ? sources : sinks).put(c.name(), c);
    }
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
