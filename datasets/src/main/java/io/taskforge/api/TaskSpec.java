package io.taskforge.api;

import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Instance;
import io.taskforge.core.Params;
import io.taskforge.core.Task;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.templates.TemplateRenderer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * An immutable description of what to generate: task, level, params, seed and template. Each
 * setter returns a new spec; {@link #stream()} and {@link #get(long)} make instances.
 */
public final class TaskSpec {
  private final Task<?> task;
  private final Integer level;
  private final ImmutableMap<String, String> params;
  private final long seed;
  private final String template;
  private final Path templateDir;
  private volatile InstanceFactory factory;

  private TaskSpec(Task<?> task, Integer level, Map<String, String> params, long seed, String template,
      Path templateDir) {
    this.task = task;
    this.level = level;
    this.params = ImmutableMap.copyOf(params);
    this.seed = seed;
    this.template = template;
    this.templateDir = templateDir;
  }

  static TaskSpec of(Task<?> task) {
    return new TaskSpec(task, null, Map.of(), 0L, TemplateRenderer.DEFAULT, null);
  }

  /** The difficulty level, 1..10 (default 5). */
  public TaskSpec level(int level) {
    return new TaskSpec(task, level, params, seed, template, templateDir);
  }

  /** Overrides one param of the level (checked when instances are made). */
  public TaskSpec param(String name, Object value) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.put(Objects.requireNonNull(name), String.valueOf(value));
    return new TaskSpec(task, level, p, seed, template, templateDir);
  }

  public TaskSpec seed(long seed) {
    return new TaskSpec(task, level, params, seed, template, templateDir);
  }

  /** A template name, {@code default}, or {@code mix} for one chosen per instance. */
  public TaskSpec template(String template) {
    return new TaskSpec(task, level, params, seed, Objects.requireNonNull(template), templateDir);
  }

  /** A directory of user templates laid out as {@code DIR/<task-id>/<name>.ftl}. */
  public TaskSpec templates(Path dir) {
    return new TaskSpec(task, level, params, seed, template, dir);
  }

  public Task<?> task() {
    return task;
  }

  /** The params as resolved from the level and the overrides. */
  public Params params() {
    return factory().params();
  }

  /** The instance at an index; any index, in any order, on any thread. */
  public Instance get(long index) {
    return factory().make(index);
  }

  /** Instances 0, 1, 2, ... lazily; unbounded, so {@code limit} it. Safe to run in parallel. */
  public Stream<Instance> stream() {
    return stream(0, Long.MAX_VALUE);
  }

  /** {@code count} instances from index {@code start}. */
  public Stream<Instance> stream(long start, long count) {
    InstanceFactory f = factory();
    return LongStream.range(start, start + count).mapToObj(f::make);
  }

  /** The factory behind this spec (for the dataset writers). */
  public InstanceFactory factory() {
    InstanceFactory f = factory;
    if (f == null) {
      Params resolved = task.resolve(level, params);
      TemplateRenderer renderer = new TemplateRenderer(templateDir);
      f = new InstanceFactory(task, resolved, level == null ? Task.DEFAULT_LEVEL : level, seed, template, renderer);
      factory = f;
    }
    return f;
  }
}
