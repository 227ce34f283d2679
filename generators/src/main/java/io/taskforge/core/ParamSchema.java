package io.taskforge.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;

/** The ordered parameters of a task. Drives validation, {@code describe} and the CLI. */
public final class ParamSchema {
  private final ImmutableList<ParamSpec> specs;

  private ParamSchema(List<ParamSpec> specs) {
    this.specs = ImmutableList.copyOf(specs);
  }

  public static ParamSchema of(ParamSpec... specs) {
    return new ParamSchema(List.of(specs));
  }

  public List<ParamSpec> specs() {
    return specs;
  }

  public Optional<ParamSpec> find(String name) {
    return specs.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public ParamSpec require(String name, String taskId) {
    return find(name)
        .orElseThrow(
            () -> new ParamException(
                "task " + taskId + " has no param '" + name + "'"
                    + closest(name).map(c -> " (did you mean '" + c + "'?)").orElse("")
                    + "; its params are " + String.join(", ", names())));
  }

  public List<String> names() {
    return specs.stream().map(ParamSpec::name).toList();
  }

  /** The schema's defaults, as params. */
  public Params defaults() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ParamSpec s : specs) {
      values.put(s.name(), s.defaultValue());
    }
    return new Params(this, values);
  }

  /** Params with the given values replacing the defaults; each value is checked. */
  public Params with(Params base, Map<String, ?> typedValues, String taskId) {
    Map<String, Object> values = new LinkedHashMap<>(base.asMap());
    for (Map.Entry<String, ?> e : typedValues.entrySet()) {
      ParamSpec spec = require(e.getKey(), taskId);
      values.put(spec.name(), spec.check(e.getValue()));
    }
    return new Params(this, values);
  }

  /** Params with values given as text (as on a command line) replacing those of {@code base}. */
  public Params withText(Params base, Map<String, String> textValues, String taskId) {
    Map<String, Object> values = new LinkedHashMap<>(base.asMap());
    for (Map.Entry<String, String> e : textValues.entrySet()) {
      ParamSpec spec = require(e.getKey(), taskId);
      values.put(spec.name(), spec.parse(e.getValue()));
    }
    return new Params(this, values);
  }

  private Optional<String> closest(String name) {
    List<String> names = new ArrayList<>(names());
    return names.stream()
        .min(Comparator.comparingInt((String n) -> StringUtils.getLevenshteinDistance(n, name))
            .thenComparing(Comparator.naturalOrder()))
        .filter(n -> StringUtils.getLevenshteinDistance(n, name) <= Math.max(2, name.length() / 2));
  }
}
