package io.taskforge.junit;

import io.taskforge.api.TaskForge;
import io.taskforge.api.TaskSpec;
import io.taskforge.core.Instance;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The provider behind {@link TaskSource}: one argument, the {@link Instance}, named by its id. */
public final class TaskSourceProvider extends AnnotationBasedArgumentsProvider<TaskSource> {

  @Override
  protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
      TaskSource source) {
    return instances(source).map(i -> Arguments.of(Named.of(i.id(), i)));
  }

  /** The instances a {@link TaskSource} describes, level by level, made lazily. */
  public static Stream<Instance> instances(TaskSource source) {
    if (source.count() < 1) {
      throw new IllegalArgumentException("@TaskSource count must be at least 1, got " + source.count());
    }
    if (source.levels().length == 0) {
      throw new IllegalArgumentException("@TaskSource levels must name at least one level");
    }
    TaskSpec base = TaskForge.task(source.task()).seed(source.seed()).template(source.template());
    for (String param : source.params()) {
      int eq = param.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("@TaskSource params must be name=value, got '" + param + "'");
      }
      base = base.param(param.substring(0, eq).strip(), param.substring(eq + 1).strip());
    }
    TaskSpec spec = base;
    // Resolving every level first turns a bad level or param into one clear error before any test runs.
    TaskSpec[] levels = Arrays.stream(source.levels()).mapToObj(spec::level).toArray(TaskSpec[]::new);
    for (TaskSpec level : levels) {
      level.params();
    }
    return Arrays.stream(levels).flatMap(level -> level.stream(0, source.count()));
  }
}
