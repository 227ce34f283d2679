package io.taskforge.datasets.check;

import io.taskforge.check.Oracles;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.templates.TemplateRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Runs a check: for every task and level, generates the instances and runs the cases of the five
 * properties on them (in parallel, one unit of work per task and level; the report does not depend
 * on the thread count), then shrinks the first failure of each kind.
 *
 * <pre>{@code
 * try (Judge judge = LocalJudge.registered()) {
 *   CheckReport report = CheckRun.run(CheckConfig.of("logic.knights-knaves").count(50), judge, n -> {});
 *   System.out.print(report.render());
 * }
 * }</pre>
 */
public final class CheckRun {
  /** Instances are rendered with a template chosen per instance, so every template is exercised. */
  static final String TEMPLATE = "mix";
  /** At most this many kinds of failure are shrunk per task; the others are reported as found. */
  static final int MAX_SHRUNK_PER_TASK = 6;
  /** Medians need a few instances per level to mean anything. */
  static final int MIN_FOR_MEDIANS = 5;
  /** Instances per level whose metrics make the medians (more than are checked, when fewer are: generation only). */
  static final int MEDIAN_SAMPLE = 40;
  /**
   * A median that falls between neighbouring levels fails only when the lower level's values are
   * smaller more often than larger by this share of all pairs: sampling noise between two levels of
   * nearly equal difficulty does not fail a check.
   */
  static final double FALL_DOMINANCE = 0.1;
  /** Medians must rise overall when this many levels apart or more (and no param is pinned). */
  static final int RISE_SPAN = 4;

  private final CheckConfig config;
  private final Judge judge;
  private final Function<String, Optional<TaskOracle<?>>> oracles;
  private final String externalCommand;
  private final TemplateRenderer renderer = new TemplateRenderer();

  private CheckRun(CheckConfig config, Judge judge, Function<String, Optional<TaskOracle<?>>> oracles) {
    this.config = config;
    this.judge = judge;
    this.oracles = oracles;
    this.externalCommand = judge instanceof ExternalJudge e ? e.command() : null;
  }

  /** How many instances a check generates before any shrinking (for progress). */
  public static long plannedInstances(CheckConfig config) {
    return (long) new LinkedHashSet<>(config.tasks()).size() * (config.toLevel() - config.fromLevel() + 1)
        * config.instancesPerLevel();
  }

  /**
   * Checks the configured tasks with the judge.
   *
   * @param progress called (from any thread, one at a time) with the number of instances checked
   * @throws io.taskforge.core.ParamException for an unknown task or a param a task does not accept
   * @throws CheckException when the judge cannot be used at all
   */
  public static CheckReport run(CheckConfig config, Judge judge, LongConsumer progress) {
    return new CheckRun(config, judge, Oracles::find).run(progress);
  }

  /** Likewise, with the oracles found by another lookup (tests: a task without one). */
  static CheckReport run(CheckConfig config, Judge judge, LongConsumer progress,
      Function<String, Optional<TaskOracle<?>>> oracles) {
    return new CheckRun(config, judge, oracles).run(progress);
  }

  /** The check cannot run: the judge is unusable. */
  public static final class CheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CheckException(String message) {
      super(message);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** One task's static pieces. */
  private record Subject(Task<?> task, TaskOracle<?> oracle, InstanceChecks checks, Map<Integer, Params> levels) {}

  /** A kind of failing case: how often, and the first instance it failed on. */
  private static final class Group {
    final Property property;
    final String kind;
    long count;
    Shrinker.Found first;
    String whatIfNotInstance;

    Group(Property property, String kind) {
      this.property = property;
      this.kind = kind;
    }
  }

  /** What one unit (task, level) found. */
  private static final class UnitResult {
    final long[] cases = new long[Property.values().length];
    final long[] failed = new long[Property.values().length];
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Map<String, List<Long>> metrics = new TreeMap<>();
  }

  private CheckReport run(LongConsumer progress) {
    List<Subject> subjects = new ArrayList<>();
    for (String id : new LinkedHashSet<>(config.tasks())) {
      Task<?> task = Tasks.get(id);
      Map<Integer, Params> levels = new LinkedHashMap<>();
      for (int level = config.fromLevel(); level <= config.toLevel(); level++) {
        levels.put(level, task.resolve(level, config.params()));
      }
      TaskOracle<?> oracle = oracles.apply(id).orElse(null);
      subjects.add(new Subject(task, oracle, new InstanceChecks(task, oracle, judge, config.timeout()), levels));
    }
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "taskforge-check");
      t.setDaemon(true);
      return t;
    });
    AtomicLong done = new AtomicLong();
    LongConsumer safeProgress = n -> {
      synchronized (progress) {
        progress.accept(n);
      }
    };
    try {
      Map<Subject, List<Future<UnitResult>>> futures = new LinkedHashMap<>();
      for (Subject s : subjects) {
        List<Future<UnitResult>> fs = new ArrayList<>();
        for (Map.Entry<Integer, Params> e : s.levels().entrySet()) {
          boolean heavy = config.heavy() && e.getKey() == config.fromLevel();
          fs.add(pool.submit(() -> unit(s, e.getKey(), e.getValue(), heavy, done, safeProgress)));
        }
        futures.put(s, fs);
      }
      Map<Subject, List<UnitResult>> results = new LinkedHashMap<>();
      for (Map.Entry<Subject, List<Future<UnitResult>>> e : futures.entrySet()) {
        List<UnitResult> rs = new ArrayList<>();
        for (Future<UnitResult> f : e.getValue()) {
          rs.add(await(f));
        }
        results.put(e.getKey(), rs);
      }
      judge.unusable().ifPresent(why -> {
        throw new CheckException(why);
      });
      List<Future<CheckReport.TaskResult>> taskResults = new ArrayList<>();
      for (Map.Entry<Subject, List<UnitResult>> e : results.entrySet()) {
        taskResults.add(pool.submit(() -> taskResult(e.getKey(), e.getValue())));
      }
      List<CheckReport.TaskResult> out = new ArrayList<>();
      for (Future<CheckReport.TaskResult> f : taskResults) {
        out.add(await(f));
      }
      String scope = config.index().isPresent()
          ? "index " + config.index().getAsLong()
          : config.count() + (config.count() == 1 ? " instance" : " instances") + " per level";
      return new CheckReport(judge.describe(), config.fromLevel(), config.toLevel(), scope, config.seed(), out);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("check interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Checks the instances of one task at one level. */
  private UnitResult unit(Subject s, int level, Params params, boolean heavy, AtomicLong done, LongConsumer progress) {
    UnitResult r = new UnitResult();
    InstanceFactory factory = new InstanceFactory(s.task(), params, level, config.seed(), TEMPLATE, renderer);
    InstanceFactory again = new InstanceFactory(s.task(), params, level, config.seed(), TEMPLATE, renderer);
    long first = config.firstIndex();
    long end = first + config.instancesPerLevel();
    Instance next = make(factory, first, r);
    for (long i = first; i < end; i++) {
      if (judge.unusable().isPresent()) {
        break;
      }
      Instance inst = next;
      next = make(factory, i + 1, r);
      if (inst == null) {
        continue;
      }
      recordMetrics(s, inst, r);
      long index = i;
      boolean regenerate = i - first < InstanceChecks.REGENERATED_PER_LEVEL;
      InstanceChecks.Sink sink = new InstanceChecks.Sink() {
        @Override
        public boolean wants(Property property, String kind) {
          return true;
        }

        @Override
        public void passed(Property property, String kind) {
          r.cases[property.ordinal()]++;
        }

        @Override
        public void failed(Property property, String kind, String what, String response, Judgement judgement) {
          r.cases[property.ordinal()]++;
          r.failed[property.ordinal()]++;
          Group g = r.groups.computeIfAbsent(property.number() + "|" + kind, k -> new Group(property, kind));
          if (g.count++ == 0) {
            g.first = new Shrinker.Found(level, params, index, inst, what, response, judgement);
          }
        }
      };
      try {
        s.checks().check(factory, inst, next, regenerate ? again : null, heavy && i == first, sink);
      } catch (RuntimeException e) {
        // an instance that cannot even be checked (it does not serialize, ...) is reported, not fatal
        sink.failed(Property.DETERMINISM, InstanceChecks.CHECKABLE, "checking the instance threw " + e, null, null);
      }
      progress.accept(done.incrementAndGet());
    }
    if (mediansChecked() && judge.unusable().isEmpty()) {
      for (long i = end; i < first + MEDIAN_SAMPLE; i++) {
        Instance inst = make(factory, i, r);
        if (inst != null) {
          recordMetrics(s, inst, r);
        }
      }
    }
    return r;
  }

  private static void recordMetrics(Subject s, Instance inst, UnitResult r) {
    for (String metric : s.task().difficultyMetrics()) {
      long v = inst.metric(metric, Long.MIN_VALUE);
      if (v != Long.MIN_VALUE) {
        r.metrics.computeIfAbsent(metric, k -> new ArrayList<>()).add(v);
      }
    }
  }

  /** The instance, or null after recording why it could not be generated. */
  private static Instance make(InstanceFactory factory, long index, UnitResult r) {
    try {
      return factory.make(index);
    } catch (RuntimeException e) {
      Property p = Property.DETERMINISM;
      r.cases[p.ordinal()]++;
      r.failed[p.ordinal()]++;
      Group g = r.groups.computeIfAbsent(p.number() + "|" + InstanceChecks.GENERATE,
          k -> new Group(p, InstanceChecks.GENERATE));
      if (g.count++ == 0) {
        g.whatIfNotInstance = "generating index " + index + " at level " + factory.level() + " threw " + e;
      }
      return null;
    }
  }

  /** Merges the units of a task, adds the medians of property 5, and shrinks the failures. */
  private CheckReport.TaskResult taskResult(Subject s, List<UnitResult> units) {
    int n = Property.values().length;
    long[][] cases = new long[n][11];
    long[][] failed = new long[n][11];
    Map<String, Group> groups = new LinkedHashMap<>();
    int level = config.fromLevel();
    for (UnitResult u : units) {
      for (int p = 0; p < n; p++) {
        cases[p][level] += u.cases[p];
        failed[p][level] += u.failed[p];
      }
      for (Map.Entry<String, Group> e : u.groups.entrySet()) {
        Group g = groups.get(e.getKey());
        if (g == null) {
          groups.put(e.getKey(), e.getValue());
        } else {
          g.count += e.getValue().count;
        }
      }
      level++;
    }
    if (s.oracle() == null) {
      Property p = Property.MUTANTS;
      cases[p.ordinal()][config.fromLevel()]++;
      failed[p.ordinal()][config.fromLevel()]++;
      Group g = new Group(p, "no oracle");
      g.count = 1;
      g.whatIfNotInstance = "no oracle is registered for " + s.task().id() + ", so mutants cannot be judged: implement "
          + "io.taskforge.check.TaskOracle and list it in META-INF/services/io.taskforge.check.TaskOracle";
      groups.put(p.number() + "|no oracle", g);
    }
    medians(s, units, cases, failed, groups);

    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.sort((a, b) -> Integer.compare(a.property.number(), b.property.number()));
    // Shrink budget goes first to the first failure of each property, then to the others in order.
    List<Group> shrinkFirst = new ArrayList<>();
    for (Group g : ordered) {
      if (g.first != null && shrinkFirst.stream().noneMatch(h -> h.property == g.property)) {
        shrinkFirst.add(g);
      }
    }
    for (Group g : ordered) {
      if (g.first != null && !shrinkFirst.contains(g)) {
        shrinkFirst.add(g);
      }
    }
    Set<Group> toShrink = new HashSet<>(
        shrinkFirst.subList(0, config.shrink() ? Math.min(MAX_SHRUNK_PER_TASK, shrinkFirst.size()) : 0));
    List<CheckFailure> failures = new ArrayList<>();
    for (Group g : ordered) {
      if (g.first == null) {
        failures.add(new CheckFailure(s.task().id(), g.property, g.kind, g.whatIfNotInstance, -1, Map.of(),
            config.seed(), -1, "", null, null, g.count, null, taskCommand(s.task().id())));
        continue;
      }
      Shrinker.Found found = g.first;
      String from = null;
      if (toShrink.contains(g)) {
        Shrinker shrinker = new Shrinker(s.task(), s.checks(), renderer, config.seed(), config.params());
        Shrinker.Found smaller = shrinker.shrink(g.property, g.kind, found);
        if (shrinker.steps() > 0) {
          from = "level " + found.level() + ", index " + found.index()
              + (smaller.level() == found.level() ? changedParams(found.params(), smaller.params()) : "");
          found = smaller;
        }
      }
      failures.add(new CheckFailure(s.task().id(), g.property, g.kind, found.what(), found.level(),
          found.params().asMap(), config.seed(), found.index(), problemJson(found.instance()), found.response(),
          found.judgement() == null ? null : found.judgement().describe(), g.count, from,
          reproduce(s.task(), found.level(), found.params(), found.index())));
    }
    String oracleName = s.oracle() == null ? null : s.oracle().getClass().getSimpleName();
    return new CheckReport.TaskResult(s.task().id(), s.task().version(), oracleName, cases, failed, failures);
  }

  /** " (operands=5, depth=2)": the original values of the params that shrinking changed, or "". */
  private static String changedParams(Params before, Params after) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : before.asMap().entrySet()) {
      if (!e.getValue().equals(after.asMap().get(e.getKey()))) {
        sb.append(sb.length() == 0 ? " (" : ", ").append(e.getKey()).append('=').append(e.getValue());
      }
    }
    return sb.length() == 0 ? "" : sb.append(')').toString();
  }

  /** Property 5 across levels: the median of each declared metric never falls, and rises overall. */
  private void medians(Subject s, List<UnitResult> units, long[][] cases, long[][] failed, Map<String, Group> groups) {
    if (!mediansChecked()) {
      return;
    }
    int p = Property.DIFFICULTY.ordinal();
    for (String metric : s.task().difficultyMetrics()) {
      long[] medians = new long[units.size()];
      long[][] samples = new long[units.size()][];
      boolean complete = true;
      for (int u = 0; u < units.size(); u++) {
        List<Long> values = units.get(u).metrics.get(metric);
        if (values == null || values.isEmpty()) {
          complete = false;
          break;
        }
        samples[u] = values.stream().mapToLong(Long::longValue).sorted().toArray();
        medians[u] = samples[u][samples[u].length / 2];
      }
      if (!complete) {
        continue; // a missing metric is reported per instance
      }
      String table = medianTable(medians);
      String kind = "median " + metric;
      String what = null;
      for (int u = 1; u < units.size(); u++) {
        int level = config.fromLevel() + u;
        cases[p][level]++;
        if (medians[u] < medians[u - 1] && dominance(samples[u - 1], samples[u]) >= FALL_DOMINANCE && what == null) {
          failed[p][level]++;
          what = "the median of " + metric + " falls from " + medians[u - 1] + " at level " + (level - 1) + " to "
              + medians[u] + " at level " + level + " (medians " + table + ")";
        }
      }
      if (what == null && config.params().isEmpty() && config.toLevel() - config.fromLevel() >= RISE_SPAN
          && medians[units.size() - 1] <= medians[0]) {
        failed[p][config.toLevel()]++;
        what = "the median of " + metric + " does not rise from level " + config.fromLevel() + " to level "
            + config.toLevel() + " (medians " + table + ")";
      }
      if (what != null) {
        Group g = new Group(Property.DIFFICULTY, kind);
        g.count = 1;
        g.whatIfNotInstance = what;
        groups.put(Property.DIFFICULTY.number() + "|" + kind, g);
      }
    }
  }

  /** Medians need several levels and a few checked instances per level (the sample is then extended). */
  private boolean mediansChecked() {
    return config.instancesPerLevel() >= MIN_FOR_MEDIANS && config.toLevel() > config.fromLevel();
  }

  /** P(b < a) - P(b > a) over all pairs of a value a of one level and b of the next. */
  static double dominance(long[] a, long[] b) {
    long lower = 0;
    long higher = 0;
    for (long x : a) {
      for (long y : b) {
        lower += y < x ? 1 : 0;
        higher += y > x ? 1 : 0;
      }
    }
    return (lower - higher) / (double) ((long) a.length * b.length);
  }

  private String medianTable(long[] medians) {
    StringBuilder sb = new StringBuilder();
    for (int u = 0; u < medians.length; u++) {
      sb.append(u == 0 ? "" : ", ").append('L').append(config.fromLevel() + u).append(' ').append(medians[u]);
    }
    return sb.toString();
  }

  private static String problemJson(Instance inst) {
    try {
      return Json.MAPPER.writeValueAsString(inst.problem());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return String.valueOf(inst.problem());
    }
  }

  // ---- reproducing commands ----

  /** {@code taskforge check TASK --level L --param k=v ... --seed S --index I [--external CMD]}. */
  private String reproduce(Task<?> task, int level, Params params, long index) {
    StringBuilder sb = new StringBuilder("taskforge check ").append(task.id()).append(" --level ").append(level);
    Params base = task.level(level);
    for (Map.Entry<String, Object> e : params.asMap().entrySet()) {
      if (!e.getValue().equals(base.asMap().get(e.getKey()))) {
        sb.append(" --param ").append(e.getKey()).append('=').append(e.getValue());
      }
    }
    sb.append(" --seed ").append(config.seed()).append(" --index ").append(index);
    return external(sb);
  }

  private String taskCommand(String taskId) {
    StringBuilder sb = new StringBuilder("taskforge check ").append(taskId);
    if (config.fromLevel() != 1 || config.toLevel() != 10) {
      sb.append(" --levels ").append(config.fromLevel()).append('-').append(config.toLevel());
    }
    for (Map.Entry<String, String> e : config.params().entrySet()) {
      sb.append(" --param ").append(e.getKey()).append('=').append(e.getValue());
    }
    if (config.count() != CheckConfig.DEFAULT_COUNT) {
      sb.append(" --count ").append(config.count());
    }
    sb.append(" --seed ").append(config.seed());
    return external(sb);
  }

  private String external(StringBuilder sb) {
    if (externalCommand != null) {
      sb.append(" --external ").append(shellQuote(externalCommand));
    }
    return sb.toString();
  }

  /** Quotes for a POSIX shell unless the text needs none. */
  static String shellQuote(String s) {
    if (!s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,+@%".indexOf(c) >= 0)) {
      return s;
    }
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
