package io.taskforge.core;

import java.util.List;
import java.util.Map;

/**
 * A task: a parameterized generator of problems of one kind, with a difficulty ladder.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/io.taskforge.core.Task}); a matching {@code Verifier} with the same id
 * scores answers, and templates named {@code taskforge/templates/<family>/<name>/<template>.ftl}
 * render prompts.
 *
 * <p>The contract (see DESIGN.md): {@link #generate} is a pure function of its params and the
 * random stream it is given; every change to what it produces bumps {@link #version}.
 *
 * @param <P> the structured problem, a record serialized as the instance's {@code problem} field
 */
public interface Task<P> {
  int MIN_LEVEL = 1;
  int MAX_LEVEL = 10;
  /** The level used when none is asked for; a task's schema defaults equal this level's params. */
  int DEFAULT_LEVEL = 5;

  /** {@code family.name}, e.g. {@code logic.knights-knaves}. */
  String id();

  /** Bumped on any change to what (params, seed, index) produce. */
  int version();

  /** One line saying what the task asks. */
  String summary();

  ParamSchema schema();

  /**
   * The params of a level in 1..10, laid over the schema defaults by {@link #level}; a value equal
   * to its default may be listed or left out.
   */
  Map<String, Object> levelOverrides(int level);

  /** Checks rules that span several params; throws {@link ParamException} naming them. */
  default void validate(Params params) {}

  Class<P> problemType();

  /** Makes one problem from its params and its own random stream. */
  Generated<P> generate(Params params, Rng rng);

  /** The answer format, as documented to users and stated by every template. */
  String answerFormat();

  /** How a response is scored, including partial credit. */
  String scoring();

  /** Names of metrics that must rise (by median) with the level. */
  List<String> difficultyMetrics();

  default String family() {
    return id().substring(0, id().indexOf('.'));
  }

  /** The full params of a level. */
  default Params level(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new ParamException("level must be an integer from 1 to 10, got " + level);
    }
    Params p = schema().with(schema().defaults(), levelOverrides(level), id());
    validate(p);
    return p;
  }

  /** Level params (or the default level's) with explicit params, given as text, on top. */
  default Params resolve(Integer level, Map<String, String> overrides) {
    Params base = level(level == null ? DEFAULT_LEVEL : level);
    Params p = schema().withText(base, overrides, id());
    validate(p);
    return p;
  }
}
