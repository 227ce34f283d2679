package io.taskforge.cli;

import io.taskforge.core.Instance;
import io.taskforge.datasets.VerifyRun;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true, description = {
    "Scores responses against instances: one verdict line per response (id, score, correct, status, reason),",
    "and a summary by task and level on stderr. Exit 0 when everything was scored, wrong answers included."})
final class VerifyCommand implements Callable<Integer> {
  @Option(names = "--instances", required = true, paramLabel = "FILE", description = "Instances (JSONL, from 'generate').")
  Path instances;

  @Option(names = "--responses", required = true, paramLabel = "FILE", description = "Responses: JSONL {\"id\": ..., \"response\": ...}.")
  Path responses;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write verdicts to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Map<String, Instance> byId;
    try (BufferedReader r = Files.newBufferedReader(instances, StandardCharsets.UTF_8)) {
      byId = VerifyRun.readInstances(instances.toString(), r);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new Main.BadInputException(instances + " is not UTF-8 text");
    }
    List<VerifyRun.Response> rs;
    try (BufferedReader r = Files.newBufferedReader(responses, StandardCharsets.UTF_8)) {
      rs = VerifyRun.readResponses(responses.toString(), r, byId);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new Main.BadInputException(responses + " is not UTF-8 text");
    }
    VerifyRun.Summary summary;
    try (Outputs out = Outputs.open(output)) {
      summary = VerifyRun.run(byId, rs, out.stream());
      out.commit();
    }
    System.err.print(summary.render());
    System.err.flush();
    return Main.OK;
  }
}
