package io.taskforge.datasets;

import com.google.common.hash.Hashing;
import io.taskforge.core.Generated;
import io.taskforge.core.Instance;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.templates.TemplateRenderer;
import java.nio.charset.StandardCharsets;

/**
 * Makes the instance at any index of one (task, params, seed, template choice): generation, id,
 * rendering and fingerprint. A pure function of its inputs; thread-safe.
 */
public final class InstanceFactory {
  private final Task<?> task;
  private final Params params;
  private final int level;
  private final long seed;
  private final String templateChoice;
  private final TemplateRenderer renderer;
  private final String idPrefix;

  public InstanceFactory(Task<?> task, Params params, int level, long seed, String templateChoice,
      TemplateRenderer renderer) {
    this.task = task;
    this.params = params;
    this.level = level;
    this.seed = seed;
    this.templateChoice = templateChoice == null ? TemplateRenderer.DEFAULT : templateChoice;
    this.renderer = renderer;
    this.idPrefix = task.id() + "@" + task.version() + "/p" + paramsHash(params) + "/s" + seed + "/i";
    // Fails early, with one sentence, on a template name the task does not have.
    renderer.choose(task.id(), this.templateChoice, 0L);
  }

  /** Five hex digits of SHA-256 over the canonical params: the params part of an instance id. */
  public static String paramsHash(Params params) {
    return Hashing.sha256().hashString(params.canonical(), StandardCharsets.UTF_8).toString().substring(0, 5);
  }

  /** Sixteen hex digits of SHA-256 over the task id and the problem's canonical form. */
  public static String fingerprint(String taskId, String canonicalForm) {
    return Hashing.sha256()
        .newHasher()
        .putString(taskId, StandardCharsets.UTF_8)
        .putByte((byte) 0)
        .putString(canonicalForm, StandardCharsets.UTF_8)
        .hash()
        .toString()
        .substring(0, 16);
  }

  public Task<?> task() {
    return task;
  }

  public Params params() {
    return params;
  }

  public int level() {
    return level;
  }

  public long seed() {
    return seed;
  }

  public Instance make(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    long instanceSeed = Seeds.instanceSeed(task.id(), task.version(), params, seed, index);
    Generated<?> g = task.generate(params, new Rng(instanceSeed));
    String template = renderer.choose(task.id(), templateChoice, instanceSeed);
    String prompt = renderer.render(task, template, params, g);
    return new Instance(
        idPrefix + index,
        task.id(),
        task.version(),
        seed,
        index,
        level,
        params.asMap(),
        prompt,
        template,
        g.answer(),
        g.problem(),
        g.solution(),
        g.metrics(),
        fingerprint(task.id(), g.canonicalForm()));
  }
}
