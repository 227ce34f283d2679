package io.taskforge.datasets.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Task;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What {@code taskforge check} checks: which tasks and levels, how many instances of each, the
 * dataset seed, explicit params, or a single index (to reproduce a failure). Immutable; each
 * {@code with} method returns a changed copy.
 */
public final class CheckConfig {
  /** Instances per task and level unless told otherwise: modest, so {@code check --all} stays fast. */
  public static final int DEFAULT_COUNT = 20;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  /** Instances tried per candidate while shrinking. */
  public static final int SHRINK_INDICES = 16;

  private final ImmutableList<String> tasks;
  private final int fromLevel;
  private final int toLevel;
  private final int count;
  private final long seed;
  private final ImmutableMap<String, String> params;
  private final long index;
  private final Duration timeout;
  private final int threads;
  private final boolean shrink;
  private final boolean heavy;

  private CheckConfig(List<String> tasks, int fromLevel, int toLevel, int count, long seed,
      Map<String, String> params, long index, Duration timeout, int threads, boolean shrink, boolean heavy) {
    this.tasks = ImmutableList.copyOf(tasks);
    this.fromLevel = fromLevel;
    this.toLevel = toLevel;
    this.count = count;
    this.seed = seed;
    this.params = ImmutableMap.copyOf(params);
    this.index = index;
    this.timeout = timeout;
    this.threads = threads;
    this.shrink = shrink;
    this.heavy = heavy;
  }

  /** Every level, {@value #DEFAULT_COUNT} instances each, seed 0, all cores, shrinking on. */
  public static CheckConfig of(List<String> tasks) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("no tasks to check");
    }
    return new CheckConfig(tasks, Task.MIN_LEVEL, Task.MAX_LEVEL, DEFAULT_COUNT, 0L, Map.of(), -1,
        DEFAULT_TIMEOUT, Runtime.getRuntime().availableProcessors(), true, true);
  }

  public static CheckConfig of(String... tasks) {
    return of(List.of(tasks));
  }

  public CheckConfig levels(int from, int to) {
    if (from < Task.MIN_LEVEL || to > Task.MAX_LEVEL || from > to) {
      throw new IllegalArgumentException("levels must be a range within 1-10, got " + from + "-" + to);
    }
    return new CheckConfig(tasks, from, to, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  public CheckConfig count(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  public CheckConfig seed(long seed) {
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  /** Overrides a param at every level checked. */
  public CheckConfig param(String name, String value) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, p, index, timeout, threads, shrink, heavy);
  }

  /** Checks the one instance at this index (per level) instead of the first {@code count}. */
  public CheckConfig index(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, got " + index);
    }
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  /** The time bound of one verdict (four times this for the 10 MB responses). */
  public CheckConfig timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  public CheckConfig threads(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be from 1 to 256, got " + threads);
    }
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  public CheckConfig shrink(boolean shrink) {
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  /** Whether to send the 10 MB responses (once per task; on by default). */
  public CheckConfig heavy(boolean heavy) {
    return new CheckConfig(tasks, fromLevel, toLevel, count, seed, params, index, timeout, threads, shrink, heavy);
  }

  public List<String> tasks() {
    return tasks;
  }

  public int fromLevel() {
    return fromLevel;
  }

  public int toLevel() {
    return toLevel;
  }

  public int count() {
    return count;
  }

  public long seed() {
    return seed;
  }

  public Map<String, String> params() {
    return params;
  }

  public OptionalLong index() {
    return index < 0 ? OptionalLong.empty() : OptionalLong.of(index);
  }

  public Duration timeout() {
    return timeout;
  }

  public int threads() {
    return threads;
  }

  public boolean shrink() {
    return shrink;
  }

  public boolean heavy() {
    return heavy;
  }

  /** The indices checked at each level. */
  long firstIndex() {
    return index < 0 ? 0 : index;
  }

  long instancesPerLevel() {
    return index < 0 ? count : 1;
  }
}
