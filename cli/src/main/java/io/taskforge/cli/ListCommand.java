package io.taskforge.cli;

import io.taskforge.core.Json;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the task ids, one per line.")
final class ListCommand implements Callable<Integer> {
  @Option(names = "--json", description = "One JSON array of {id, version, summary}.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Task<?> t : Tasks.all().values()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", t.id());
        row.put("version", t.version());
        row.put("summary", t.summary());
        rows.add(row);
      }
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    } else {
      Tasks.ids().forEach(out::println);
    }
    out.flush();
    return Main.OK;
  }
}
