package io.taskforge.core;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apache.commons.lang3.StringUtils;

/** The registry of tasks found on the class path, in id order. */
public final class Tasks {
  private static volatile ImmutableSortedMap<String, Task<?>> all;

  private Tasks() {}

  public static Map<String, Task<?>> all() {
    ImmutableSortedMap<String, Task<?>> tasks = all;
    if (tasks == null) {
      synchronized (Tasks.class) {
        if (all == null) {
          Map<String, Task<?>> found = new TreeMap<>();
          for (Task<?> t : ServiceLoader.load(Task.class)) {
            Task<?> previous = found.put(t.id(), t);
            if (previous != null) {
              throw new IllegalStateException("two tasks share the id " + t.id());
            }
          }
          all = ImmutableSortedMap.copyOf(found);
        }
        tasks = all;
      }
    }
    return tasks;
  }

  public static List<String> ids() {
    return List.copyOf(all().keySet());
  }

  /** The task with this id, or an error naming the closest ids. */
  public static Task<?> get(String id) {
    Task<?> t = all().get(id);
    if (t == null) {
      throw new ParamException("unknown task '" + id + "'" + suggestion(id) + "; run 'taskforge list' for all tasks");
    }
    return t;
  }

  private static String suggestion(String id) {
    return ids().stream()
        .min(Comparator.comparingInt((String n) -> StringUtils.getLevenshteinDistance(n, id))
            .thenComparing(Comparator.naturalOrder()))
        .filter(n -> StringUtils.getLevenshteinDistance(n, id) <= Math.max(3, id.length() / 3)
            || n.endsWith("." + id))
        .map(n -> " (did you mean " + n + "?)")
        .orElse("");
  }
}
