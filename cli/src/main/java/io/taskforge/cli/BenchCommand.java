package io.taskforge.cli;

import io.taskforge.core.Instance;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.Generation;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.templates.TemplateRenderer;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measures instances per second: generation alone (one thread), the full generate pipeline",
    "(render + JSON, all threads), and verification of gold answers (one thread).",
    "A quick check; the JMH benchmarks in the bench module are the careful measurement."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TASK", description = "A task id.")
  String taskId;

  @Option(names = "--level", paramLabel = "L", defaultValue = "5", description = "Difficulty level (default 5).")
  int level;

  @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Overrides one param of the level (e.g. mode=trace); repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--count", paramLabel = "N", defaultValue = "20000", description = "Instances per measurement (default 20000).")
  int count;

  @Option(names = "--threads", paramLabel = "T", description = "Threads for the pipeline measurement (default: cores).")
  Integer threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new Main.BadInputException("--count must be at least 1, got " + count);
    }
    Task<?> task = Tasks.get(taskId);
    Params params = task.resolve(level, overrides);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    InstanceFactory factory = new InstanceFactory(task, params, level, 1, TemplateRenderer.DEFAULT, new TemplateRenderer());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s level %d%s, %,d instances per measurement%n", task.id(), level,
        overrides.isEmpty() ? "" : " " + overrides, count);

    measureGeneration(task, params, Math.max(1, count / 4)); // warm-up
    double gen = measureGeneration(task, params, count);
    out.printf(Locale.ROOT, "  generate (problem only, 1 thread):         %,12.0f instances/s%n", gen);

    OutputStream sink = OutputStream.nullOutputStream();
    Generation.write(factory, 0, Math.max(1, count / 4), t, sink, n -> {});
    long t0 = System.nanoTime();
    Generation.write(factory, 0, count, t, sink, n -> {});
    double pipe = count / ((System.nanoTime() - t0) / 1e9);
    out.printf(Locale.ROOT, "  generate (render + JSON, %d threads):       %,12.0f instances/s%n", t, pipe);

    List<Instance> instances = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      instances.add(factory.make(i));
    }
    measureVerify(instances);
    double ver = measureVerify(instances);
    out.printf(Locale.ROOT, "  verify gold answers (1 thread):            %,12.0f instances/s%n", ver);
    out.flush();
    return Main.OK;
  }

  private static double measureGeneration(Task<?> task, Params params, int n) {
    long sink = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sink += task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, i))).answer().length();
    }
    double rate = n / ((System.nanoTime() - t0) / 1e9);
    if (sink == 42) {
      System.err.print("");
    }
    return rate;
  }

  private static double measureVerify(List<Instance> instances) {
    long t0 = System.nanoTime();
    int bad = 0;
    for (Instance inst : instances) {
      Verdict v = Verifiers.verify(inst.task(), inst.problem(), inst.answer());
      bad += v.correct() ? 0 : 1;
    }
    double rate = instances.size() / ((System.nanoTime() - t0) / 1e9);
    if (bad > 0) {
      throw new IllegalStateException(bad + " gold answers were not scored correct");
    }
    return rate;
  }
}
