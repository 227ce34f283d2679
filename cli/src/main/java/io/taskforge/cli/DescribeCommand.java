package io.taskforge.cli;

import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.ParamType;
import io.taskforge.core.Params;
import io.taskforge.core.Task;
import io.taskforge.planning.pddl.PddlExportable;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.templates.TemplateRenderer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "describe", mixinStandardHelpOptions = true, description = "Shows a task: version, params, level ladder, templates, answer format with an example, scoring.")
final class DescribeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TASK", description = "A task id, as printed by 'taskforge list'.")
  String taskId;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Task<?> task = Tasks.get(taskId);
    TemplateRenderer renderer = new TemplateRenderer();
    Instance example = new InstanceFactory(task, task.level(1), 1, 0, TemplateRenderer.DEFAULT, renderer).make(0);
    Instance traceExample = hasTraceMode(task)
        ? new InstanceFactory(task, task.resolve(1, Map.of("mode", "trace")), 1, 0, TemplateRenderer.DEFAULT, renderer).make(0)
        : null;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(asJson(task, renderer, example, traceExample)));
      out.flush();
      return Main.OK;
    }
    out.printf(Locale.ROOT, "%s (version %d)%n  %s%n%n", task.id(), task.version(), task.summary());
    out.println("Params (defaults are the level-5 values; --param NAME=VALUE overrides a level):");
    out.printf(Locale.ROOT, "  %-16s %-6s %-8s %s%n", "name", "type", "default", "meaning [allowed]");
    for (ParamSpec p : task.schema().specs()) {
      out.printf(Locale.ROOT, "  %-16s %-6s %-8s %s [%s]%n", p.name(), p.type().displayName(),
          p.defaultValue(), p.description(), p.allowed());
    }
    out.println();
    out.println("Levels:");
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      out.printf(Locale.ROOT, "  %2d  %s%n", level, compact(task.level(level)));
    }
    out.println();
    out.println("Templates: " + String.join(", ", renderer.names(task.id())) + " (--template NAME or mix)");
    out.println();
    out.println("Answer format:");
    out.println(indent(task.answerFormat()));
    out.println();
    out.println("Example (level 1, seed 0, index 0), gold answer:");
    out.println(indent(example.answer()));
    out.println();
    if (traceExample != null) {
      out.println("Example in trace mode (level 1, seed 0, index 0, --param mode=trace), a correct trace:");
      out.println(indent(traceExample.answer()));
      out.println();
    }
    if (task instanceof PddlExportable<?>) {
      out.println("PDDL export: taskforge generate " + task.id() + " --pddl DIR writes each instance's domain and problem.");
      out.println();
    }
    out.println("Scoring:");
    out.println(indent(task.scoring()));
    out.println();
    out.println("Difficulty metrics (rise with the level): " + String.join(", ", task.difficultyMetrics()));
    out.flush();
    return Main.OK;
  }

  /** Whether the task has the arithmetic trace tasks' {@code mode} param with a {@code trace} choice. */
  private static boolean hasTraceMode(Task<?> task) {
    return task.schema().specs().stream()
        .anyMatch(p -> p.name().equals("mode") && p.type() == ParamType.CHOICE && p.choices().contains("trace"));
  }

  private static Map<String, Object> asJson(Task<?> task, TemplateRenderer renderer, Instance example, Instance traceExample) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", task.id());
    m.put("version", task.version());
    m.put("summary", task.summary());
    List<Map<String, Object>> params = new ArrayList<>();
    for (ParamSpec p : task.schema().specs()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("name", p.name());
      pm.put("type", p.type().displayName());
      pm.put("default", p.defaultValue());
      if (p.type() == ParamType.INT) {
        pm.put("min", p.min());
        pm.put("max", p.max());
      }
      if (p.type() == ParamType.CHOICE) {
        pm.put("choices", p.choices());
      }
      pm.put("description", p.description());
      params.add(pm);
    }
    m.put("params", params);
    Map<String, Object> levels = new LinkedHashMap<>();
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      levels.put(String.valueOf(level), task.level(level).asMap());
    }
    m.put("levels", levels);
    m.put("templates", renderer.names(task.id()));
    m.put("answer_format", task.answerFormat());
    Map<String, Object> ex = new LinkedHashMap<>();
    ex.put("level", 1);
    ex.put("seed", 0);
    ex.put("index", 0);
    ex.put("prompt", example.prompt());
    ex.put("answer", example.answer());
    if (traceExample != null) {
      ex.put("trace_answer", traceExample.answer());
    }
    m.put("example", ex);
    m.put("pddl_export", task instanceof PddlExportable<?>);
    m.put("scoring", task.scoring());
    m.put("difficulty_metrics", task.difficultyMetrics());
    return m;
  }

  private static String compact(Params p) {
    StringBuilder sb = new StringBuilder();
    p.asMap().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return sb.toString();
  }

  private static String indent(String text) {
    return "  " + text.strip().replace("\n", "\n  ");
  }
}
