package io.taskforge.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of a task: its name, type, default, bounds (ints) or choices, and one line of meaning.
 */
public record ParamSpec(
    String name,
    ParamType type,
    Object defaultValue,
    long min,
    long max,
    List<String> choices,
    String description) {

  public ParamSpec {
    choices = ImmutableList.copyOf(choices);
  }

  public static ParamSpec integer(String name, int defaultValue, int min, int max, String description) {
    return new ParamSpec(name, ParamType.INT, defaultValue, min, max, List.of(), description);
  }

  public static ParamSpec bool(String name, boolean defaultValue, String description) {
    return new ParamSpec(name, ParamType.BOOL, defaultValue, 0, 1, List.of(), description);
  }

  public static ParamSpec choice(String name, String defaultValue, List<String> choices, String description) {
    return new ParamSpec(name, ParamType.CHOICE, defaultValue, 0, 0, choices, description);
  }

  /** The allowed values, as a person would read them. */
  public String allowed() {
    return switch (type) {
      case INT -> "an integer from " + min + " to " + max;
      case BOOL -> "true or false";
      case CHOICE -> "one of " + String.join(", ", choices);
    };
  }

  /** Parses and checks a value given as text (from the CLI, a spec file, ...). */
  public Object parse(String text) {
    String t = text.strip();
    return switch (type) {
      case INT -> {
        long v;
        try {
          v = Long.parseLong(t);
        } catch (NumberFormatException e) {
          throw new ParamException(
              "param '" + name + "' must be " + allowed() + ", got '" + text + "'");
        }
        yield check(v);
      }
      case BOOL -> {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("true")) {
          yield Boolean.TRUE;
        }
        if (lower.equals("false")) {
          yield Boolean.FALSE;
        }
        throw new ParamException("param '" + name + "' must be true or false, got '" + text + "'");
      }
      case CHOICE -> check(t);
    };
  }

  /** Checks a typed value (Integer, Long, Boolean or String) and returns its canonical form. */
  public Object check(Object value) {
    switch (type) {
      case INT -> {
        if (!(value instanceof Integer || value instanceof Long)) {
          throw new ParamException("param '" + name + "' must be " + allowed() + ", got '" + value + "'");
        }
        long v = ((Number) value).longValue();
        if (v < min || v > max) {
          throw new ParamException("param '" + name + "' must be " + allowed() + ", got " + v);
        }
        return (int) v;
      }
      case BOOL -> {
        if (!(value instanceof Boolean)) {
          throw new ParamException("param '" + name + "' must be true or false, got '" + value + "'");
        }
        return value;
      }
      case CHOICE -> {
        if (!(value instanceof String s) || !choices.contains(s)) {
          throw new ParamException("param '" + name + "' must be " + allowed() + ", got '" + value + "'");
        }
        return s;
      }
      default -> throw new AssertionError(type);
    }
  }
}
