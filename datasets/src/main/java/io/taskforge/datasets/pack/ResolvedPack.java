package io.taskforge.datasets.pack;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hashing;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.ParamType;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.templates.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A spec with its tasks found, params resolved at every level it uses, templates checked, and the
 * seeds of its splits derived: everything needed to make any record of the pack.
 */
public final class ResolvedPack {
  /** The high bits are cleared so a split seed is exact in every JSON reader (doubles hold 53 bits). */
  private static final long SEED_MASK = (1L << 53) - 1;

  /** One task of the mix, with the full params of each level it may be drawn at. */
  public record Entry(int ordinal, Task<?> task, int weight, List<Integer> levels, String template,
      Map<String, Object> params, SortedMap<Integer, Params> byLevel) {}

  /** A split and the seed of its records, derived from the pack seed and the split's name. */
  public record Split(int ordinal, String name, long count, List<Integer> levels, long seed) {
    /** The levels a task is drawn at in this split: the split's own when it has them. */
    public List<Integer> levelsFor(Entry e) {
      return levels.isEmpty() ? e.levels() : levels;
    }
  }

  private final PackSpec spec;
  private final String canary;
  private final ImmutableList<Entry> entries;
  private final ImmutableList<Split> splits;
  private final long[] cumulativeWeight;
  private final InstanceFactory[][][] factories;

  private ResolvedPack(PackSpec spec, String canary, List<Entry> entries, List<Split> splits, TemplateRenderer renderer) {
    this.spec = spec;
    this.canary = canary;
    this.entries = ImmutableList.copyOf(entries);
    this.splits = ImmutableList.copyOf(splits);
    this.cumulativeWeight = new long[entries.size()];
    long sum = 0;
    for (int i = 0; i < entries.size(); i++) {
      sum += entries.get(i).weight();
      cumulativeWeight[i] = sum;
    }
    this.factories = new InstanceFactory[splits.size()][entries.size()][Task.MAX_LEVEL + 1];
    for (Split s : splits) {
      for (Entry e : entries) {
        for (int level : s.levelsFor(e)) {
          factories[s.ordinal()][e.ordinal()][level] = new InstanceFactory(
              e.task(), e.byLevel().get(level), level, s.seed(), e.template(), renderer);
        }
      }
    }
  }

  /** Finds every task, resolves its params at each level it is used at, and checks templates. */
  public static ResolvedPack resolve(PackSpec spec) {
    SpecFields f = new SpecFields(spec.source());
    TemplateRenderer renderer = new TemplateRenderer();
    List<Split> splits = new ArrayList<>();
    for (PackSpec.Split s : spec.splits()) {
      splits.add(new Split(splits.size(), s.name(), s.count(), s.levels(), splitSeed(spec.seed(), s.name())));
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < spec.tasks().size(); i++) {
      PackSpec.Entry e = spec.tasks().get(i);
      String path = "tasks[" + i + "]";
      Task<?> task;
      try {
        task = Tasks.get(e.task());
      } catch (ParamException ex) {
        throw f.error(path + ".task", "names " + ex.getMessage());
      }
      TreeSet<Integer> used = new TreeSet<>();
      for (Split s : splits) {
        used.addAll(s.levels().isEmpty() ? e.levels() : s.levels());
      }
      Map<String, Object> typed = typedParams(f, task, e.params(), path + ".params");
      TreeMap<Integer, Params> byLevel = new TreeMap<>();
      for (int level : used) {
        try {
          Params p = task.schema().with(task.level(level), typed, task.id());
          task.validate(p);
          byLevel.put(level, p);
        } catch (ParamException ex) {
          throw f.error(path, "gives params that do not hold at level " + level + ": " + ex.getMessage());
        }
      }
      checkTemplate(f, renderer, task, e.template(), path + ".template");
      entries.add(new Entry(i, task, e.weight(), e.levels(), e.template(), ImmutableMap.copyOf(typed),
          ImmutableSortedMap.copyOf(byLevel)));
    }
    String canary = spec.canary() != null ? spec.canary() : deriveCanary(spec.name(), spec.seed());
    return new ResolvedPack(spec, canary, entries, splits, renderer);
  }

  private static Map<String, Object> typedParams(SpecFields f, Task<?> task, Map<String, Object> raw, String path) {
    Map<String, Object> typed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : raw.entrySet()) {
      ParamSpec ps;
      try {
        ps = task.schema().require(p.getKey(), task.id());
      } catch (ParamException ex) {
        throw f.error(path, "is wrong: " + ex.getMessage());
      }
      try {
        Object v = p.getValue();
        typed.put(ps.name(), v instanceof String s && ps.type() != ParamType.CHOICE ? ps.parse(s) : ps.check(v));
      } catch (ParamException ex) {
        throw f.error(SpecFields.join(path, p.getKey()), "is wrong: " + ex.getMessage());
      }
    }
    return typed;
  }

  private static void checkTemplate(SpecFields f, TemplateRenderer renderer, Task<?> task, String template, String field) {
    List<String> names = renderer.names(task.id());
    if (names.isEmpty()) {
      throw f.error(field, "cannot be used: task " + task.id() + " has no templates");
    }
    if (template.equals(TemplateRenderer.DEFAULT) || template.equals(TemplateRenderer.MIX) || names.contains(template)) {
      return;
    }
    List<String> choices = new ArrayList<>(names);
    choices.add(TemplateRenderer.MIX);
    throw f.error(field, "names no template of " + task.id() + ": '" + SpecFields.abbreviate(template) + "'"
        + SpecFields.closest(template, choices).map(c -> " (did you mean '" + c + "'?)").orElse("")
        + "; its templates are " + String.join(", ", names) + " (or mix)");
  }

  /** The seed of a split's records: a hash of the pack seed and the split name, never seed + n. */
  static long splitSeed(long packSeed, String split) {
    return Seeds.derive(packSeed, "taskforge/pack/split/" + split) & SEED_MASK;
  }

  /** A GUID derived from the pack name and seed (RFC 9562 version 8), so a rebuild gives the same one. */
  static String deriveCanary(String name, long seed) {
    byte[] b = Hashing.sha256().newHasher()
        .putString("taskforge/pack/canary", StandardCharsets.UTF_8).putByte((byte) 0)
        .putString(name, StandardCharsets.UTF_8).putByte((byte) 0)
        .putLong(seed)
        .hash().asBytes();
    b[6] = (byte) ((b[6] & 0x0f) | 0x80);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    StringBuilder sb = new StringBuilder(36);
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        sb.append('-');
      }
      sb.append(String.format(Locale.ROOT, "%02x", b[i] & 0xff));
    }
    return sb.toString();
  }

  public PackSpec spec() {
    return spec;
  }

  public String canary() {
    return canary;
  }

  public List<Entry> entries() {
    return entries;
  }

  public List<Split> splits() {
    return splits;
  }

  public long totalRecords() {
    return splits.stream().mapToLong(Split::count).sum();
  }

  /** The distinct task ids, in the order they first appear in the spec. */
  public List<String> taskIds() {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    entries.forEach(e -> ids.add(e.task().id()));
    return List.copyOf(ids);
  }

  public InstanceFactory factory(int split, int entry, int level) {
    return factories[split][entry][level];
  }

  /** The plan of a split: which task entry and level each record is drawn from, in record order. */
  public Plan plan(Split split) {
    return new Plan(split);
  }

  /** A sequential, seeded stream of (entry, level) choices; the same for a split on every run. */
  public final class Plan {
    private final Split split;
    private final Rng rng;

    private Plan(Split split) {
      this.split = split;
      this.rng = new Rng(Seeds.derive(split.seed(), "taskforge/pack/plan"));
    }

    /** The next record's choice, packed as {@code entry * 16 + level}. */
    public int next() {
      long r = rng.nextLong(cumulativeWeight[cumulativeWeight.length - 1]);
      int entry = 0;
      while (cumulativeWeight[entry] <= r) {
        entry++;
      }
      List<Integer> levels = split.levelsFor(entries.get(entry));
      int level = levels.get(rng.nextInt(levels.size()));
      return entry * 16 + level;
    }
  }
}
