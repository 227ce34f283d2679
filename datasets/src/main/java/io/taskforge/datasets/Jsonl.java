package io.taskforge.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Lines in and out, with the one mapper configuration of {@link Json}. */
public final class Jsonl {
  private static final ObjectWriter WRITER = Json.MAPPER.writer();
  private static final ObjectReader TREE = Json.MAPPER.reader();

  private Jsonl() {}

  /** One instance as a JSON line, newline included. */
  public static byte[] line(Object value) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(2048);
    writeLine(value, out);
    return out.toByteArray();
  }

  /** Appends one value as a JSON line, newline included, without an intermediate copy. */
  public static void writeLine(Object value, java.io.ByteArrayOutputStream out) {
    try {
      WRITER.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
  }

  /** Reads an instance line; {@code problem} and {@code solution} stay JSON trees. */
  public static Instance readInstance(String line) throws IOException {
    JsonNode n = TREE.readTree(line);
    if (!(n instanceof ObjectNode o)) {
      throw new IOException("not a JSON object");
    }
    for (String field : List.of("id", "task", "version", "seed", "index", "problem")) {
      if (!o.hasNonNull(field)) {
        throw new IOException("the instance has no '" + field + "' field");
      }
    }
    return new Instance(
        o.get("id").asText(),
        o.get("task").asText(),
        o.get("version").asInt(),
        o.get("seed").asLong(),
        o.get("index").asLong(),
        o.path("level").asInt(0),
        map(o.get("params")),
        o.path("prompt").asText(""),
        o.path("template").asText(""),
        o.path("answer").asText(""),
        o.get("problem"),
        o.get("solution"),
        map(o.get("metrics")),
        o.path("fingerprint").asText(""));
  }

  private static Map<String, Object> map(JsonNode n) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (n != null && n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        m.put(e.getKey(), e.getValue().isNumber() ? e.getValue().numberValue()
            : e.getValue().isBoolean() ? (Object) e.getValue().booleanValue()
            : e.getValue().isTextual() ? e.getValue().textValue() : e.getValue());
      }
    }
    return m;
  }

  /** Non-blank lines of a reader, each with its 1-based line number. */
  public static List<NumberedLine> lines(BufferedReader r) {
    List<NumberedLine> out = new ArrayList<>();
    try {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (!s.isBlank()) {
          out.add(new NumberedLine(n, s));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public record NumberedLine(int number, String text) {}
}
