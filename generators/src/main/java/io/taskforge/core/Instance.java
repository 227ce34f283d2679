package io.taskforge.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One generated task instance: the public JSON contract of DESIGN.md, one object per JSONL line.
 *
 * <p>{@code problem} and {@code solution} are the task's records when freshly generated, and JSON
 * trees when read back from a file; verifiers accept either.
 */
@JsonPropertyOrder({
  "id", "task", "version", "seed", "index", "level", "params", "prompt", "template",
  "answer", "problem", "solution", "metrics", "fingerprint"
})
public record Instance(
    String id,
    String task,
    int version,
    long seed,
    long index,
    int level,
    Map<String, Object> params,
    String prompt,
    String template,
    String answer,
    Object problem,
    Object solution,
    Map<String, Object> metrics,
    String fingerprint) {

  /** The metric as a long, or the fallback when absent or not a number. */
  @JsonIgnore
  public long metric(String name, long fallback) {
    Object v = metrics.get(name);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof com.fasterxml.jackson.databind.JsonNode j && j.isNumber()) {
      return j.longValue();
    }
    return fallback;
  }
}
