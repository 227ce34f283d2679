package io.taskforge.datasets.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;

/** Reading one object of a spec: named fields, typed values, one-sentence errors naming the field. */
final class SpecFields {
  private final String source;

  SpecFields(String source) {
    this.source = source;
  }

  PackException error(String field, String problem) {
    return new PackException(source + ": field '" + field + "' " + problem);
  }

  PackException error(String message) {
    return new PackException(source + ": " + message);
  }

  /** The object at {@code path}, after checking that it has only the allowed fields. */
  JsonNode object(JsonNode node, String path, List<String> allowed) {
    if (node == null || !node.isObject()) {
      throw error(path, "must be a mapping of " + String.join(", ", allowed) + ", got " + describe(node));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        String where = path.isEmpty() ? "the spec" : "'" + path + "'";
        throw error("unknown field '" + join(path, name) + "'" + closest(name, allowed).map(c -> " (did you mean '" + c + "'?)").orElse("")
            + "; the fields of " + where + " are " + String.join(", ", allowed));
      }
    }
    return node;
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  JsonNode required(JsonNode obj, String path, String name, String what) {
    JsonNode v = obj.get(name);
    if (v == null || v.isNull()) {
      throw error(join(path, name), "is missing; it is required (" + what + ")");
    }
    return v;
  }

  String string(JsonNode v, String field) {
    if (!v.isTextual()) {
      throw error(field, "must be text, got " + describe(v));
    }
    return v.textValue();
  }

  long integer(JsonNode v, String field, long min, long max) {
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
      throw error(field, "must be an integer from " + min + " to " + max + ", got " + describe(v));
    }
    return v.longValue();
  }

  /** A level, or a list of distinct levels, each 1..10; returned sorted. */
  List<Integer> levels(JsonNode v, String field, boolean list) {
    List<Integer> out = new ArrayList<>();
    if (!list) {
      out.add((int) integer(v, field, 1, 10));
      return out;
    }
    if (!v.isArray() || v.isEmpty()) {
      throw error(field, "must be a non-empty list of levels from 1 to 10, got " + describe(v));
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode l = v.get(i);
      if (!l.isIntegralNumber() || !l.canConvertToInt() || l.intValue() < 1 || l.intValue() > 10) {
        throw error(field, "must be a list of levels from 1 to 10, got " + describe(l) + " at position " + (i + 1));
      }
      if (out.contains(l.intValue())) {
        throw error(field, "lists level " + l.intValue() + " twice");
      }
      out.add(l.intValue());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  static Optional<String> closest(String name, List<String> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt((String n) -> StringUtils.getLevenshteinDistance(n, name))
            .thenComparing(Comparator.naturalOrder()))
        .filter(n -> StringUtils.getLevenshteinDistance(n, name) <= Math.max(2, name.length() / 2));
  }

  /** A value as a person would read it in an error. */
  static String describe(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isTextual()) {
      return "'" + abbreviate(v.textValue()) + "'";
    }
    if (v.isObject()) {
      return "a mapping";
    }
    if (v.isArray()) {
      return abbreviate(v.toString());
    }
    return abbreviate(v.asText());
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
