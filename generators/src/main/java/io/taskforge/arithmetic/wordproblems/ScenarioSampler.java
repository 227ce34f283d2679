package io.taskforge.arithmetic.wordproblems;

import com.google.common.collect.ImmutableList;
import io.taskforge.arithmetic.wordproblems.Scenario.Let;
import io.taskforge.arithmetic.wordproblems.Scenario.Noop;
import io.taskforge.arithmetic.wordproblems.Scenario.NumVar;
import io.taskforge.arithmetic.wordproblems.Scenario.ObjectVar;
import io.taskforge.arithmetic.wordproblems.Scenario.Stage;
import io.taskforge.core.Rng;
import io.taskforge.math.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes one instance of a scenario: draws persons and objects, then draws the numbers until every
 * constraint of the enabled stages holds and every quantity has a value of its type (at most
 * {@link #MAX_DRAWS} draws; a scenario that needs more is an error, never an endless loop), picks
 * and places the no-op clauses, and renders the statement.
 */
final class ScenarioSampler {
  /** Draws tried before a scenario is declared unsatisfiable for the asked params. */
  static final int MAX_DRAWS = 1000;

  private static final long[] TENS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L};

  private final Pools pools;

  ScenarioSampler(Pools pools) {
    this.pools = pools;
  }

  /**
   * One quantity of an instance.
   *
   * @param expression its formula with the story's numbers in place of the variables and the names
   *     of earlier quantities kept ({@code bought + 5 - given})
   */
  record Quantity(String name, String about, String expression, Rational value) {}

  /**
   * A finished instance of a scenario.
   *
   * @param story the text of each stage with the no-op clauses between them, before the question
   * @param noops the indices of the no-op clauses used, in the order they were drawn
   * @param draws how many draws of the numbers it took
   */
  record Sample(
      Scenario scenario,
      int extraSteps,
      ImmutableList<String> story,
      String question,
      ImmutableList<Quantity> quantities,
      String asked,
      Rational answer,
      ImmutableList<Integer> noops,
      String canonical,
      int maxOperandDigits,
      int operations,
      int draws) {}

  Sample sample(Scenario s, int extraSteps, int noopCount, int magnitude, Rng rng) {
    if (extraSteps > s.maxExtraSteps() || noopCount > s.noops().size()) {
      throw new IllegalArgumentException("scenario " + s.id() + " supports at most " + s.maxExtraSteps()
          + " extra steps and " + s.noops().size() + " no-op clauses");
    }
    String[] text = new String[s.texts()];
    drawPersons(s, rng, text);
    drawObjects(s, rng, text);
    Rational[] env = new Rational[s.slots()];
    int draws = 0;
    do {
      if (++draws > MAX_DRAWS) {
        throw new IllegalStateException("word-problem scenario '" + s.id() + "' found no numbers satisfying its "
            + "constraints in " + MAX_DRAWS + " draws (extra_steps " + extraSteps + ", magnitude " + magnitude + ")");
      }
    } while (!drawMain(s, extraSteps, magnitude, rng, env));

    int[] chosen = choose(s.noops().size(), noopCount, rng);
    for (int c : chosen) {
      Noop noop = s.noops().get(c);
      int tries = 0;
      do {
        if (++tries > MAX_DRAWS) {
          throw new IllegalStateException("word-problem scenario '" + s.id() + "': no-op clause " + c
              + " found no numbers satisfying its constraints in " + MAX_DRAWS + " draws");
        }
      } while (!drawNoop(noop, magnitude, rng, env));
    }
    return assemble(s, extraSteps, env, text, chosen, draws, rng);
  }

  /** The values of the quantities for fixed variable values (examples in tests), or an error naming the broken rule. */
  static Map<String, Rational> evaluate(Scenario s, int extraSteps, Map<String, Rational> values) {
    Rational[] env = new Rational[s.slots()];
    for (NumVar v : s.vars()) {
      env[v.slot()] = v.derived() ? v.expr().eval(env) : values.get(v.name());
    }
    for (var w : s.where()) {
      if (!w.test(env)) {
        throw new IllegalStateException("constraint '" + w + "' fails");
      }
    }
    Map<String, Rational> out = new java.util.LinkedHashMap<>();
    for (int st = 0; st <= extraSteps; st++) {
      Stage stage = s.stages().get(st);
      for (Let l : stage.lets()) {
        Rational v = l.expr().eval(env);
        if (!l.type().admits(v)) {
          throw new IllegalStateException("quantity '" + l.name() + "' = " + v + " is not a " + l.type());
        }
        env[l.slot()] = v;
        out.put(l.name(), v);
      }
      for (var w : stage.where()) {
        if (!w.test(env)) {
          throw new IllegalStateException("constraint '" + w + "' of stage " + st + " fails");
        }
      }
    }
    return out;
  }

  private void drawPersons(Scenario s, Rng rng, String[] text) {
    int n = s.persons().size();
    if (n == 0) {
      return;
    }
    int[] picks = choose(pools.persons().size(), n, rng);
    for (int i = 0; i < n; i++) {
      Pools.Person p = pools.persons().get(picks[i]);
      int t = s.persons().get(i).text();
      text[t] = p.name();
      text[t + 1] = p.female() ? "she" : "he";
      text[t + 2] = p.female() ? "her" : "him";
      text[t + 3] = p.female() ? "her" : "his";
      text[t + 4] = p.female() ? "herself" : "himself";
      text[t + 5] = p.female() ? "She" : "He";
      text[t + 6] = p.female() ? "Her" : "His";
    }
  }

  private void drawObjects(Scenario s, Rng rng, String[] text) {
    List<ObjectVar> objects = s.objects();
    for (int i = 0; i < objects.size(); i++) {
      ObjectVar o = objects.get(i);
      List<Pools.Thing> pool = pools.objects().get(o.pool());
      Pools.Thing t;
      boolean clash;
      do {
        t = rng.pick(pool);
        clash = false;
        for (int j = 0; j < i; j++) {
          if (objects.get(j).pool().equals(o.pool()) && text[objects.get(j).text()].equals(t.many())) {
            clash = true;
          }
        }
      } while (clash);
      text[o.text()] = t.many();
      text[o.text() + 1] = t.one();
      text[o.text() + 2] = t.withArticle();
    }
  }

  private static Rational draw(NumVar v, int magnitude, Rng rng) {
    long raw;
    if (!v.values().isEmpty()) {
      raw = v.values().get(rng.nextInt(v.values().size()));
    } else {
      long f = TENS[Math.min(magnitude - 1, v.scale())];
      long lo = v.min() * f;
      long hi = v.max() * f;
      raw = lo + v.step() * rng.nextLong((hi - lo) / v.step() + 1);
    }
    return v.decimals() == 0 ? Rational.of(raw) : Rational.of(raw, TENS[v.decimals()]);
  }

  private static boolean drawMain(Scenario s, int extraSteps, int magnitude, Rng rng, Rational[] env) {
    try {
      for (NumVar v : s.vars()) {
        if (v.derived()) {
          Rational x = v.expr().eval(env);
          if (x.signum() <= 0 || !NumberText.hasAtMostPlaces(x, v.decimals())) {
            return false;
          }
          env[v.slot()] = x;
        } else {
          env[v.slot()] = draw(v, magnitude, rng);
        }
      }
      for (Formula w : s.where()) {
        if (!w.test(env)) {
          return false;
        }
      }
      for (int st = 0; st <= extraSteps; st++) {
        Stage stage = s.stages().get(st);
        for (Let l : stage.lets()) {
          Rational v = l.expr().eval(env);
          if (!l.type().admits(v)) {
            return false;
          }
          env[l.slot()] = v;
        }
        for (Formula w : stage.where()) {
          if (!w.test(env)) {
            return false;
          }
        }
      }
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static boolean drawNoop(Noop noop, int magnitude, Rng rng, Rational[] env) {
    for (NumVar v : noop.vars()) {
      env[v.slot()] = draw(v, magnitude, rng);
    }
    try {
      for (Formula w : noop.where()) {
        if (!w.test(env)) {
          return false;
        }
      }
    } catch (ArithmeticException e) {
      return false;
    }
    return true;
  }

  /** {@code k} distinct indices from {@code 0..n-1} in random order (a partial Fisher-Yates shuffle). */
  static int[] choose(int n, int k, Rng rng) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, k);
  }

  private static Sample assemble(Scenario s, int extraSteps, Rational[] env, String[] text, int[] chosen, int draws, Rng rng) {
    String[] plain = new String[s.slots()];
    for (NumVar v : s.vars()) {
      plain[v.slot()] = NumberText.plain(env[v.slot()], v.decimals());
      if (v.text() >= 0) {
        text[v.text()] = NumberText.story(env[v.slot()], v.decimals());
      }
    }
    StringBuilder canonical = new StringBuilder(128).append(s.id()).append('|').append(extraSteps).append('|');
    for (int c : chosen) {
      for (NumVar v : s.noops().get(c).vars()) {
        text[v.text()] = NumberText.story(env[v.slot()], v.decimals());
      }
    }
    // quantities, in declaration order (a valid order of work)
    List<Quantity> quantities = new ArrayList<>();
    int maxDigits = 0;
    int operations = 0;
    TextTemplate question = null;
    List<String> units = new ArrayList<>();
    for (int st = 0; st <= extraSteps; st++) {
      Stage stage = s.stages().get(st);
      StringBuilder unit = new StringBuilder(160);
      for (TextTemplate t : stage.sentences()) {
        if (unit.length() > 0) {
          unit.append(' ');
        }
        t.render(text, unit);
      }
      units.add(unit.toString());
      if (stage.question() != null) {
        question = stage.question();
      }
      for (Let l : stage.lets()) {
        String expr = l.expr().render(name -> {
          Integer slot = s.slotOf().get(name);
          return slot == null ? null : plain[slot];
        });
        for (String n : l.expr().names()) {
          int slot = s.slotOf().get(n);
          if (plain[slot] != null) {
            maxDigits = Math.max(maxDigits, NumberText.integerDigits(env[slot]));
          }
        }
        operations += l.expr().operations();
        quantities.add(new Quantity(l.name(), l.about().render(text), expr, env[l.slot()]));
        canonical.append(l.name()).append('=').append(expr).append(';');
      }
    }
    // no-op clauses go between stages (never inside one, never before the first)
    int[] gaps = new int[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      gaps[i] = 1 + rng.nextInt(units.size());
    }
    List<String> story = new ArrayList<>(units.size() + chosen.length);
    for (int u = 0; u < units.size(); u++) {
      story.add(units.get(u));
      for (int i = 0; i < chosen.length; i++) {
        if (gaps[i] == u + 1) {
          Noop noop = s.noops().get(chosen[i]);
          story.add(noop.text().render(text));
          canonical.append("|noop").append(noop.index()).append('@').append(gaps[i]);
          for (NumVar v : noop.vars()) {
            canonical.append(':').append(env[v.slot()]);
          }
        }
      }
    }
    Stage last = s.stages().get(extraSteps);
    Rational answer = env[last.answerSlot()];
    ImmutableList.Builder<Integer> noops = ImmutableList.builderWithExpectedSize(chosen.length);
    for (int c : chosen) {
      noops.add(c);
    }
    return new Sample(s, extraSteps, ImmutableList.copyOf(story), question.render(text),
        ImmutableList.copyOf(quantities), last.answer(), answer, noops.build(), canonical.toString(),
        maxDigits, operations, draws);
  }
}
