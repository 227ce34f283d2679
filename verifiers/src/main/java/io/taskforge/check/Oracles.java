package io.taskforge.check;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The task oracles on the class path, by task id. */
public final class Oracles {
  private static volatile ImmutableSortedMap<String, TaskOracle<?>> all;

  private Oracles() {}

  public static Map<String, TaskOracle<?>> all() {
    ImmutableSortedMap<String, TaskOracle<?>> o = all;
    if (o == null) {
      synchronized (Oracles.class) {
        if (all == null) {
          Map<String, TaskOracle<?>> found = new TreeMap<>();
          for (TaskOracle<?> oracle : ServiceLoader.load(TaskOracle.class)) {
            if (found.put(oracle.taskId(), oracle) != null) {
              throw new IllegalStateException("two oracles for " + oracle.taskId());
            }
          }
          all = ImmutableSortedMap.copyOf(found);
        }
        o = all;
      }
    }
    return o;
  }

  /** The oracle of a task, if one is registered. */
  public static Optional<TaskOracle<?>> find(String taskId) {
    return Optional.ofNullable(all().get(taskId));
  }
}
