package io.taskforge.cli;

import io.taskforge.core.Params;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.Generation;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.datasets.Jsonl;
import io.taskforge.templates.TemplateRenderer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generates instances of a task as JSON Lines.")
final class GenerateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TASK", description = "A task id, as printed by 'taskforge list'.")
  String taskId;

  @Option(names = "--level", paramLabel = "L", description = "Difficulty level 1..10 (default 5).")
  Integer level;

  @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Overrides one param of the level; repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Dataset seed (default 0).")
  long seed;

  @Option(names = "--count", paramLabel = "N", defaultValue = "10", description = "How many instances (default 10).")
  long count;

  @Option(names = "--start", paramLabel = "I", defaultValue = "0", description = "First index (default 0).")
  long start;

  @Option(names = "--template", paramLabel = "NAME", defaultValue = "default",
      description = "Template name, or mix for one chosen per instance (default: default).")
  String template;

  @Option(names = "--templates", paramLabel = "DIR", description = "Extra templates: DIR/<task-id>/<name>.ftl.")
  Path templates;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores). Output is the same for any value.")
  Integer threads;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--pddl", paramLabel = "DIR",
      description = "Also write each instance as PDDL: DIR/<index>.domain.pddl and DIR/<index>.problem.pddl (planning tasks with a PDDL export).")
  Path pddl;

  @Override
  public Integer call() throws Exception {
    if (count < 0) {
      throw new Main.BadInputException("--count must be 0 or more, got " + count);
    }
    if (start < 0) {
      throw new Main.BadInputException("--start must be 0 or more, got " + start);
    }
    if (start > Long.MAX_VALUE - count) {
      throw new Main.BadInputException("--start plus --count must stay below 2^63");
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 256) {
      throw new Main.BadInputException("--threads must be an integer from 1 to 256, got " + t);
    }
    Task<?> task = Tasks.get(taskId);
    if (pddl != null) {
      PddlOutput.check(task, pddl);
    }
    Params resolved = task.resolve(level, params);
    TemplateRenderer renderer = new TemplateRenderer(templates);
    InstanceFactory factory = new InstanceFactory(
        task, resolved, level == null ? Task.DEFAULT_LEVEL : level, seed, template, renderer);
    // Render the first instance before opening the output: a bad template or param fails cleanly.
    if (count > 0) {
      Jsonl.line(factory.make(start));
    }
    try (Outputs out = Outputs.open(output)) {
      Generation.write(factory, start, count, t, out.stream(), new Progress(count));
      if (pddl != null) {
        PddlOutput.write(factory, start, count, pddl);
      }
      out.commit();
    }
    return Main.OK;
  }
}
