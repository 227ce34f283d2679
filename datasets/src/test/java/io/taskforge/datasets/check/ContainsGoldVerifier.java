package io.taskforge.datasets.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskforge.core.Json;
import io.taskforge.logic.knightsknaves.KnightsKnavesProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: a deliberately broken external verifier for logic.knights-knaves, speaking the JSON
 * Lines protocol. It solves the puzzle by brute force and scores 1 any response that contains the
 * gold text anywhere: the classic substring reward function.
 */
public final class ContainsGoldVerifier {
  private ContainsGoldVerifier() {}

  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String line;
    while ((line = in.readLine()) != null) {
      JsonNode request = Json.MAPPER.readTree(line);
      KnightsKnavesProblem problem = Json.MAPPER.convertValue(request.get("problem"), KnightsKnavesProblem.class);
      String gold = gold(problem);
      ObjectNode answer = Json.MAPPER.createObjectNode();
      answer.set("id", request.get("id"));
      answer.put("score", request.get("response").asText().contains(gold) ? 1 : 0);
      out.println(Json.MAPPER.writeValueAsString(answer));
    }
  }

  static String gold(KnightsKnavesProblem p) {
    int n = p.people().size();
    for (long bits = 0; bits < (1L << n); bits++) {
      boolean consistent = true;
      for (KnightsKnavesProblem.Statement s : p.statements()) {
        consistent &= s.claim().eval(bits) == (((bits >>> s.speaker()) & 1) == 1);
      }
      if (consistent) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          entries.add(p.people().get(i) + ": " + (((bits >>> i) & 1) == 1 ? "knight" : "knave"));
        }
        return String.join(", ", entries);
      }
    }
    return "no solution";
  }
}
