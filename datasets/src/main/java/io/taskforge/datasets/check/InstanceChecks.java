package io.taskforge.datasets.check;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.ParamType;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.datasets.Jsonl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cases of properties 1 to 4, and the per-instance part of property 5, on one instance. Each
 * case has a kind (a stable label such as {@code mutant off-by-one (invalid)} or {@code prompt}), so
 * the shrinker can look for the same case on smaller instances.
 */
final class InstanceChecks {
  static final String HEAVY_PREFIX = "heavy: ";
  static final String OTHER_GOLD = "another instance's gold";
  static final String REGENERATE = "regeneration gives the same bytes";
  static final String ROUND_TRIP = "JSON write and read gives the same bytes";
  static final String GENERATE = "generation";
  static final String CHECKABLE = "the instance can be checked";
  static final String ORACLE = "the oracle itself";
  static final String ORACLE_GOLD = "the oracle accepts the gold";
  /** Regeneration costs a second generation, so it is checked on the first few indices of each level. */
  static final int REGENERATED_PER_LEVEL = 5;

  /** Where the outcome of each case goes. */
  interface Sink {
    /** Whether to run this case (the shrinker runs one kind only). */
    boolean wants(Property property, String kind);

    void passed(Property property, String kind);

    void failed(Property property, String kind, String what, String response, Judgement judgement);
  }

  private final Task<?> task;
  private final TaskOracle<?> oracle;
  private final Judge judge;
  private final Duration limit;

  InstanceChecks(Task<?> task, TaskOracle<?> oracle, Judge judge, Duration limit) {
    this.task = task;
    this.oracle = oracle;
    this.judge = judge;
    this.limit = limit;
  }

  /**
   * Runs the cases on {@code inst}, made by {@code factory} at {@code index}.
   *
   * @param next the instance at the next index (its gold is "another instance's gold"), or null
   * @param regenerated a second factory for the same instances, to check that regeneration gives
   *     the same bytes, or null to skip that
   * @param heavy whether to send the 10 MB responses too
   */
  void check(InstanceFactory factory, Instance inst, Instance next, InstanceFactory regenerated, boolean heavy,
      Sink sink) {
    determinism(inst, regenerated, sink);
    metrics(inst, sink);
    OracleView view = view(factory, inst, sink);
    String gold = inst.answer();

    // Property 1: the gold and its equivalent forms score 1.
    expect(sink, Property.GOLD, "gold", inst, gold, Expect.CORRECT, "");
    expect(sink, Property.GOLD, "gold in answer tags after reasoning", inst,
        "Let me think step by step.\nFirst, I read the problem carefully.\n<answer>\n" + gold + "\n</answer>\n",
        Expect.CORRECT, "");
    expect(sink, Property.GOLD, "gold in answer tags of another case", inst,
        "Done.\n<ANSWER>" + gold + "</Answer>", Expect.CORRECT, "");
    expect(sink, Property.GOLD, "gold on a final Answer: line", inst,
        "I worked it out above.\nAnswer: " + gold, Expect.CORRECT, "");
    expect(sink, Property.GOLD, "gold after an unclosed answer tag", inst,
        "Reasoning that was cut off.\n<answer>\n" + gold, Expect.CORRECT, "");
    expect(sink, Property.GOLD, "gold with surrounding whitespace", inst, "\n\n  " + gold + "  \n\n", Expect.CORRECT, "");
    String wrong = view.firstInvalid();
    if (wrong != null) {
      expect(sink, Property.GOLD, "gold after a corrected draft (the last answer counts)", inst,
          "<answer>" + wrong + "</answer>\nWait, that is wrong. Let me redo it.\n<answer>" + gold + "</answer>",
          Expect.CORRECT, "");
    }
    for (int i = 0; i < view.forms.size(); i++) {
      expect(sink, Property.GOLD, "documented form " + (i + 1), inst, view.forms.get(i), Expect.CORRECT, "");
    }
    if (heavy) {
      expect(sink, Property.GOLD, HEAVY_PREFIX + "gold after 10 MB of reasoning", inst,
          "x".repeat(10_000_000) + "\n<answer>" + gold + "</answer>", Expect.CORRECT, "", limit.multipliedBy(4));
    }

    // Property 2: mutants judged as the oracle judges them.
    if (oracle != null && sink.wants(Property.MUTANTS, ORACLE_GOLD)) {
      if (view.acceptsGold) {
        sink.passed(Property.MUTANTS, ORACLE_GOLD);
      } else if (view.error == null) {
        sink.failed(Property.MUTANTS, ORACLE_GOLD,
            "the oracle rejects the gold answer: the generator's gold or the oracle is wrong", gold, null);
      }
    }
    for (Mutant m : view.mutants) {
      String kind = "mutant " + m.kind() + (m.valid() ? " (valid)" : " (invalid)");
      expect(sink, Property.MUTANTS, kind, inst, m.response(), m.valid() ? Expect.CORRECT : Expect.NOT_CORRECT,
          m.valid() ? "the oracle accepts it" : "the oracle rejects it");
    }

    // Property 3: hostile responses score 0, in bounded time, without failing.
    for (HostileResponses.Hostile h : HostileResponses.CHEAP) {
      if (h.kind().startsWith("token ") && matchesGold(view, gold, h.response())) {
        continue;
      }
      expect(sink, Property.HOSTILE, h.kind(), inst, h.response(), Expect.ZERO, "");
    }
    if (!matchesGold(view, gold, inst.prompt())) {
      expect(sink, Property.HOSTILE, "the prompt itself", inst, inst.prompt(), Expect.ZERO, "");
    }
    for (int i = 0; i < view.hostile.size(); i++) {
      expect(sink, Property.HOSTILE, "task-specific hostile " + (i + 1), inst, view.hostile.get(i), Expect.ZERO, "");
    }
    if (wrong != null) {
      expect(sink, Property.HOSTILE, "gold followed by a contradicting answer", inst,
          "<answer>" + gold + "</answer>\nOn second thought:\n<answer>" + wrong + "</answer>",
          Expect.NOT_CORRECT, "the last answer is wrong");
    }
    if (next != null && !next.answer().equals(gold)) {
      Expect e = view.accepts(next.answer()) ? Expect.CORRECT : Expect.NOT_CORRECT;
      expect(sink, Property.HOSTILE, OTHER_GOLD, inst, next.answer(), e,
          e == Expect.CORRECT ? "the oracle accepts it" : "the oracle rejects it");
    }
    if (heavy) {
      Duration heavyLimit = limit.multipliedBy(4);
      for (HostileResponses.Hostile h : HostileResponses.heavy()) {
        expect(sink, Property.HOSTILE, h.kind(), inst, h.response(), Expect.ZERO, "", heavyLimit);
      }
      if (!gold.isEmpty()) {
        String repeated = (gold + "\n").repeat(Math.max(1, 10_000_000 / (gold.length() + 1)));
        expect(sink, Property.HOSTILE, HEAVY_PREFIX + "the gold repeated to 10 MB in one answer", inst,
            "<answer>" + repeated + "</answer>", Expect.ZERO, "", heavyLimit);
      }
    }

    // Property 4: the verdict does not change after a JSON round trip.
    roundTripVerdicts(inst, wrong, sink);
  }

  private void determinism(Instance inst, InstanceFactory regenerated, Sink sink) {
    byte[] line = Jsonl.line(inst);
    if (regenerated != null && sink.wants(Property.DETERMINISM, REGENERATE)) {
      byte[] again = Jsonl.line(regenerated.make(inst.index()));
      if (Arrays.equals(line, again)) {
        sink.passed(Property.DETERMINISM, REGENERATE);
      } else {
        sink.failed(Property.DETERMINISM, REGENERATE,
            "a second generation differs from the first " + firstDifference(line, again), null, null);
      }
    }
    if (sink.wants(Property.DETERMINISM, ROUND_TRIP)) {
      try {
        byte[] back = Jsonl.line(Jsonl.readInstance(new String(line, StandardCharsets.UTF_8)));
        if (Arrays.equals(line, back)) {
          sink.passed(Property.DETERMINISM, ROUND_TRIP);
        } else {
          sink.failed(Property.DETERMINISM, ROUND_TRIP,
              "the instance read back from JSON writes differently " + firstDifference(line, back), null, null);
        }
      } catch (IOException | RuntimeException e) {
        sink.failed(Property.DETERMINISM, ROUND_TRIP, "the instance's JSON cannot be read back: " + e.getMessage(),
            null, null);
      }
    }
  }

  private void roundTripVerdicts(Instance inst, String wrong, Sink sink) {
    String kind = "verdicts after a JSON round trip";
    if (!sink.wants(Property.DETERMINISM, kind)) {
      return;
    }
    Instance back;
    try {
      back = Jsonl.readInstance(new String(Jsonl.line(inst), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return; // reported by the round trip case
    }
    List<String> responses = new ArrayList<>();
    responses.add(inst.answer());
    if (wrong != null) {
      responses.add(wrong);
    }
    for (String r : responses) {
      Judgement before = judge.judge(inst, r, limit);
      Judgement after = judge.judge(back, r, limit);
      if (!before.ok() || !after.ok()) {
        continue; // a verdict that fails is reported by the other properties
      }
      if (before.verdict().equals(after.verdict())) {
        sink.passed(Property.DETERMINISM, kind);
      } else {
        sink.failed(Property.DETERMINISM, kind,
            "the verdict changed after a JSON round trip of the instance (before: " + before.describe() + ")", r, after);
      }
    }
  }

  /** The per-instance half of property 5: each declared metric is there, a number, within the bounds of a same-named param. */
  private void metrics(Instance inst, Sink sink) {
    for (String metric : task.difficultyMetrics()) {
      String kind = "metric " + metric;
      if (!sink.wants(Property.DIFFICULTY, kind)) {
        continue;
      }
      Object v = inst.metrics().get(metric);
      long value = inst.metric(metric, Long.MIN_VALUE);
      if (v == null || value == Long.MIN_VALUE) {
        sink.failed(Property.DIFFICULTY, kind, "the declared metric " + metric + " is "
            + (v == null ? "missing" : "not a number (" + v + ")"), null, null);
        continue;
      }
      ParamSpec spec = task.schema().find(metric).orElse(null);
      if (spec != null && spec.type() == ParamType.INT && (value < spec.min() || value > spec.max())) {
        sink.failed(Property.DIFFICULTY, kind, "metric " + metric + " = " + value + " is outside the bounds of param "
            + metric + " (" + spec.min() + " to " + spec.max() + ")", null, null);
        continue;
      }
      sink.passed(Property.DIFFICULTY, kind);
    }
  }

  // ---- the oracle's side ----

  /** The oracle's forms, mutants and judgements for one instance. */
  private static final class OracleView {
    List<String> forms = List.of();
    List<Mutant> mutants = List.of();
    List<String> hostile = List.of();
    boolean acceptsGold;
    String error;
    java.util.function.Predicate<String> accepts = s -> false;

    String firstInvalid() {
      for (Mutant m : mutants) {
        if (!m.valid()) {
          return m.response();
        }
      }
      return null;
    }

    boolean accepts(String answer) {
      try {
        return accepts.test(answer);
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  private OracleView view(InstanceFactory factory, Instance inst, Sink sink) {
    OracleView v = new OracleView();
    if (oracle == null) {
      return v;
    }
    long instanceSeed = Seeds.instanceSeed(task.id(), task.version(), factory.params(), factory.seed(), inst.index());
    try {
      fill(v, oracle, inst, instanceSeed);
      if (sink.wants(Property.MUTANTS, ORACLE)) {
        sink.passed(Property.MUTANTS, ORACLE);
      }
    } catch (RuntimeException | StackOverflowError e) {
      v.error = e.toString();
      if (sink.wants(Property.MUTANTS, ORACLE)) {
        sink.failed(Property.MUTANTS, ORACLE, "the oracle " + oracle.getClass().getSimpleName() + " threw " + e,
            null, null);
      }
    }
    return v;
  }

  private static <P> void fill(OracleView v, TaskOracle<P> oracle, Instance inst, long instanceSeed) {
    Object raw = inst.problem();
    P problem = oracle.problemType().isInstance(raw)
        ? oracle.problemType().cast(raw)
        : Json.MAPPER.convertValue(raw, oracle.problemType());
    String gold = inst.answer();
    v.accepts = s -> oracle.accepts(problem, s);
    v.acceptsGold = oracle.accepts(problem, gold);
    v.forms = List.copyOf(oracle.equivalentForms(problem, gold, new Rng(Seeds.derive(instanceSeed, "check/forms"))));
    v.mutants = List.copyOf(oracle.mutants(problem, gold, new Rng(Seeds.derive(instanceSeed, "check/mutants"))));
    v.hostile = List.copyOf(oracle.hostileResponses(problem, gold));
  }

  /** Whether a hostile token is in fact a right answer here (the gold is "0", "True", "UNSAT", ...). */
  private static boolean matchesGold(OracleView view, String gold, String response) {
    String r = response.strip();
    return r.equalsIgnoreCase(gold.strip())
        || normalized(r).equals(normalized(gold))
        || view.accepts(r);
  }

  private static String normalized(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  // ---- expectations ----

  enum Expect {
    CORRECT,
    NOT_CORRECT,
    ZERO
  }

  private void expect(Sink sink, Property p, String kind, Instance inst, String response, Expect e, String why) {
    expect(sink, p, kind, inst, response, e, why, limit);
  }

  private void expect(Sink sink, Property p, String kind, Instance inst, String response, Expect e, String why,
      Duration bound) {
    if (!sink.wants(p, kind)) {
      return;
    }
    Judgement j = judge.judge(inst, response, bound);
    String problem = problemWith(j, e, why);
    if (problem == null) {
      sink.passed(p, kind);
    } else {
      sink.failed(p, kind, problem, response, j);
    }
  }

  /** What is wrong with a judgement, or null. */
  static String problemWith(Judgement j, Expect e, String why) {
    if (!j.ok()) {
      return j.failure();
    }
    String because = why.isEmpty() ? "" : " (" + why + ")";
    if (j.broken()) {
      return "the verifier failed on it with status " + j.verdict().status();
    }
    return switch (e) {
      case CORRECT -> j.correct() ? null : "it must score 1" + because + " but got " + score(j);
      case NOT_CORRECT -> j.correct() ? "it must score below 1" + because + " but was accepted" : null;
      case ZERO -> j.verdict().score() != 0.0
          ? "it must score 0" + because + " but got " + score(j)
          : j.verdict().reason() == null || j.verdict().reason().isBlank() ? "its verdict gives no reason" : null;
    };
  }

  private static String score(Judgement j) {
    double s = j.verdict().score();
    return s == 0.0 ? "0" : s == 1.0 ? "1" : String.format(Locale.ROOT, "%.4f", s);
  }

  private static String firstDifference(byte[] a, byte[] b) {
    int n = Math.min(a.length, b.length);
    int i = 0;
    while (i < n && a[i] == b[i]) {
      i++;
    }
    int from = Math.max(0, i - 30);
    String left = new String(a, from, Math.min(a.length, i + 30) - from, StandardCharsets.UTF_8);
    String right = new String(b, from, Math.min(b.length, i + 30) - from, StandardCharsets.UTF_8);
    return "at byte " + i + ": " + Shown.text(left, 80) + " vs " + Shown.text(right, 80);
  }
}
