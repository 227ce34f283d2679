package io.taskforge.datasets.check;

import io.taskforge.core.Instance;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Task;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.templates.TemplateRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Looks for the smallest instance on which the same kind of case still fails: first the lowest
 * level (from 1 up), then each param in schema order at smaller values (ints from their lower bound
 * up, booleans set to false), repeated while something shrinks, and at each candidate the lowest
 * index among the first {@link CheckConfig#SHRINK_INDICES}. Bounded by {@link #BUDGET} generated
 * instances.
 */
final class Shrinker {
  /** Instances a single shrink may generate. */
  static final int BUDGET = 300;
  private static final int PASSES = 3;

  /** A failing instance: where it is, and how the case failed there. */
  record Found(int level, Params params, long index, Instance instance, String what, String response,
      Judgement judgement) {}

  private final Task<?> task;
  private final InstanceChecks checks;
  private final TemplateRenderer renderer;
  private final long seed;
  private final Map<String, String> userParams;
  private int generated;
  private int steps;

  Shrinker(Task<?> task, InstanceChecks checks, TemplateRenderer renderer, long seed, Map<String, String> userParams) {
    this.task = task;
    this.checks = checks;
    this.renderer = renderer;
    this.seed = seed;
    this.userParams = userParams;
  }

  /** How many times a smaller failing instance was found. */
  int steps() {
    return steps;
  }

  /** The smallest failing instance found, starting from {@code start} (which failed). */
  Found shrink(Property property, String kind, Found start) {
    Found best = start;
    for (int level = Task.MIN_LEVEL; level < best.level() && withinBudget(); level++) {
      Params p;
      try {
        p = task.resolve(level, userParams);
      } catch (ParamException e) {
        continue;
      }
      Found f = firstFailing(property, kind, level, p, CheckConfig.SHRINK_INDICES);
      if (f != null) {
        best = better(best, f);
        break;
      }
    }
    for (int pass = 0; pass < PASSES && withinBudget(); pass++) {
      boolean improved = false;
      for (ParamSpec spec : task.schema().specs()) {
        for (Object value : smaller(spec, best.params().asMap().get(spec.name()))) {
          if (!withinBudget()) {
            break;
          }
          Params p;
          try {
            p = task.schema().with(best.params(), Map.of(spec.name(), value), task.id());
            task.validate(p);
          } catch (ParamException e) {
            continue;
          }
          Found f = firstFailing(property, kind, best.level(), p, CheckConfig.SHRINK_INDICES);
          if (f != null) {
            best = better(best, f);
            improved = true;
            break;
          }
        }
      }
      if (!improved) {
        break;
      }
    }
    if (best.index() > 0 && withinBudget()) {
      Found f = firstFailing(property, kind, best.level(), best.params(), (int) Math.min(best.index(), CheckConfig.SHRINK_INDICES));
      if (f != null) {
        best = better(best, f);
      }
    }
    return best;
  }

  private Found better(Found old, Found found) {
    if (found.level() != old.level() || !found.params().equals(old.params()) || found.index() != old.index()) {
      steps++;
      return found;
    }
    return old;
  }

  private boolean withinBudget() {
    return generated < BUDGET;
  }

  /** Smaller values to try, smallest first: for an int its lower bound, a quarter and half way, one less. */
  static List<Object> smaller(ParamSpec spec, Object current) {
    List<Object> out = new ArrayList<>();
    switch (spec.type()) {
      case INT -> {
        long cur = ((Number) current).longValue();
        long min = spec.min();
        TreeSet<Long> values = new TreeSet<>();
        for (long v : new long[] {min, min + (cur - min) / 4, min + (cur - min) / 2, cur - 1}) {
          if (v >= min && v < cur) {
            values.add(v);
          }
        }
        for (long v : values) {
          out.add((int) v);
        }
      }
      case BOOL -> {
        if (Boolean.TRUE.equals(current)) {
          out.add(Boolean.FALSE);
        }
      }
      case CHOICE -> {
        // choices have no order of size
      }
      default -> throw new AssertionError(spec.type());
    }
    return out;
  }

  /** The first index below {@code indices} at which the case fails, or null. */
  private Found firstFailing(Property property, String kind, int level, Params params, int indices) {
    InstanceFactory factory;
    try {
      factory = new InstanceFactory(task, params, level, seed, CheckRun.TEMPLATE, renderer);
    } catch (RuntimeException e) {
      return null;
    }
    for (long i = 0; i < indices && withinBudget(); i++) {
      Found f = failsAt(property, kind, level, params, factory, i);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** Runs the one case on one instance; the failure, or null when it passes or cannot be made. */
  Found failsAt(Property property, String kind, int level, Params params, InstanceFactory factory, long index) {
    Instance inst;
    Instance next = null;
    InstanceFactory again = null;
    try {
      generated++;
      inst = factory.make(index);
      if (kind.equals(InstanceChecks.OTHER_GOLD)) {
        generated++;
        next = factory.make(index + 1);
      }
      if (kind.equals(InstanceChecks.REGENERATE)) {
        generated++;
        again = new InstanceFactory(task, params, level, seed, CheckRun.TEMPLATE, renderer);
      }
    } catch (RuntimeException e) {
      return null;
    }
    Found[] found = new Found[1];
    InstanceChecks.Sink sink = new InstanceChecks.Sink() {
      @Override
      public boolean wants(Property p, String k) {
        return p == property && k.equals(kind) && found[0] == null;
      }

      @Override
      public void passed(Property p, String k) {}

      @Override
      public void failed(Property p, String k, String what, String response, Judgement judgement) {
        found[0] = new Found(level, params, index, inst, what, response, judgement);
      }
    };
    try {
      checks.check(factory, inst, next, again, HostileResponses.isHeavy(kind), sink);
    } catch (RuntimeException e) {
      if (kind.equals(InstanceChecks.CHECKABLE)) {
        return new Found(level, params, index, inst, "checking the instance threw " + e, null, null);
      }
    }
    return found[0];
  }
}
