package io.taskforge.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A task's fully resolved, validated params: every param of the schema, in schema order.
 *
 * <p>Tasks read them into their own typed record ({@code KnightsKnavesParams.from(params)}).
 */
public final class Params {
  private final ParamSchema schema;
  private final ImmutableMap<String, Object> values;
  private final String canonical;

  Params(ParamSchema schema, Map<String, Object> values) {
    this.schema = schema;
    ImmutableMap.Builder<String, Object> b = ImmutableMap.builder();
    StringJoiner canon = new StringJoiner(",");
    for (ParamSpec spec : schema.specs()) {
      Object v = values.get(spec.name());
      if (v == null) {
        throw new ParamException("param '" + spec.name() + "' is missing");
      }
      Object checked = spec.check(v);
      b.put(spec.name(), checked);
      canon.add(spec.name() + "=" + checked);
    }
    this.values = b.buildOrThrow();
    this.canonical = canon.toString();
  }

  public ParamSchema schema() {
    return schema;
  }

  /** Values in schema order: the {@code params} field of an instance. */
  public ImmutableMap<String, Object> asMap() {
    return values;
  }

  /** A stable text form ({@code name=value,...} in schema order), hashed into seeds and ids. */
  public String canonical() {
    return canonical;
  }

  public int getInt(String name) {
    return (Integer) get(name);
  }

  public boolean getBool(String name) {
    return (Boolean) get(name);
  }

  public String getString(String name) {
    return (String) get(name);
  }

  private Object get(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no param '" + name + "'");
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Params p && p.canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return canonical;
  }
}
