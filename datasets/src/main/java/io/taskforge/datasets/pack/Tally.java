package io.taskforge.datasets.pack;

import io.taskforge.core.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one split by task and level, and histograms of the tasks' difficulty metrics: what the
 * manifest reports, recomputed by {@code pack check}.
 */
final class Tally {
  private final Map<String, TreeMap<Integer, Long>> counts = new TreeMap<>();
  private final Map<String, Map<String, TreeMap<Long, Long>>> histograms = new TreeMap<>();

  void add(Task<?> task, int level, long[] metrics) {
    counts.computeIfAbsent(task.id(), t -> new TreeMap<>()).merge(level, 1L, Long::sum);
    List<String> names = task.difficultyMetrics();
    Map<String, TreeMap<Long, Long>> h = histograms.computeIfAbsent(task.id(), t -> new LinkedHashMap<>());
    for (int i = 0; i < metrics.length; i++) {
      if (metrics[i] != Long.MIN_VALUE) {
        h.computeIfAbsent(names.get(i), n -> new TreeMap<>()).merge(bucket(metrics[i]), 1L, Long::sum);
      }
    }
  }

  /** Exact values up to 16, then ranges that double: 17-32, 33-64, ... (keyed by their low end). */
  static long bucket(long v) {
    if (v <= 16) {
      return v;
    }
    long high = Long.highestOneBit(v - 1) << 1;
    return high / 2 + 1;
  }

  static String label(long low) {
    if (low <= 16) {
      return Long.toString(low);
    }
    return low + "-" + (2 * (low - 1));
  }

  /** task id → level → count. */
  Map<String, Map<String, Long>> counts() {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    counts.forEach((task, levels) -> {
      Map<String, Long> l = new LinkedHashMap<>();
      levels.forEach((level, n) -> l.put(Integer.toString(level), n));
      out.put(task, l);
    });
    return out;
  }

  /** task id → metric → bucket label → count. */
  Map<String, Map<String, Map<String, Long>>> histograms() {
    Map<String, Map<String, Map<String, Long>>> out = new LinkedHashMap<>();
    histograms.forEach((task, metrics) -> {
      Map<String, Map<String, Long>> m = new LinkedHashMap<>();
      metrics.forEach((metric, buckets) -> {
        Map<String, Long> b = new LinkedHashMap<>();
        buckets.forEach((low, n) -> b.put(label(low), n));
        m.put(metric, b);
      });
      out.put(task, m);
    });
    return out;
  }
}
