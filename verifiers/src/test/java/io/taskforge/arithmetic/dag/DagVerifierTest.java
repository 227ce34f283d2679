package io.taskforge.arithmetic.dag;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagVerifierTest {
  private final DagTask task = new DagTask();
  private final DagVerifier verifier = new DagVerifier();

  private Generated<DagProblem> make(int level, String mode, long seed) {
    Params p = task.resolve(level, Map.of("mode", mode));
    return task.generate(p, new Rng(seed));
  }

  /** The test's own evaluation: repeated passes until every node has a value. */
  private static Map<String, BigInteger> values(DagProblem p) {
    Map<String, BigInteger> v = new HashMap<>();
    while (v.size() < p.nodes().size()) {
      for (DagNode n : p.nodes()) {
        if (n.op().equals("value")) {
          v.put(n.name(), new BigInteger(n.value()));
        } else if (v.containsKey(n.args().get(0)) && v.containsKey(n.args().get(1))) {
          BigInteger x = v.get(n.args().get(0));
          BigInteger y = v.get(n.args().get(1));
          v.put(n.name(), n.op().equals("+") ? x.add(y) : n.op().equals("-") ? x.subtract(y) : x.multiply(y));
        }
      }
    }
    return v;
  }

  private static Map<String, DagNode> byName(DagProblem p) {
    Map<String, DagNode> m = new HashMap<>();
    p.nodes().forEach(n -> m.put(n.name(), n));
    return m;
  }

  /**
   * Lines for the needed operations, deepest first: a different valid order from the gold's (by
   * decreasing height, ties in description order).
   */
  private static List<String> byHeight(DagProblem p, boolean commute, boolean substitute) {
    Map<String, DagNode> nodes = byName(p);
    Map<String, BigInteger> v = values(p);
    Map<String, Integer> height = new HashMap<>();
    List<String> needed = new ArrayList<>();
    collect(p.target(), nodes, needed);
    for (String n : needed) {
      height(n, nodes, height);
    }
    needed.sort((a, b) -> Integer.compare(height.get(a), height.get(b)));
    List<String> lines = new ArrayList<>();
    for (String n : needed) {
      DagNode d = nodes.get(n);
      boolean swap = commute && !d.op().equals("-");
      String a = d.args().get(swap ? 1 : 0);
      String b = d.args().get(swap ? 0 : 1);
      String middle = substitute ? " = " + v.get(a) + " " + d.op() + " " + v.get(b) : "";
      lines.add(n + " = " + a + " " + d.op() + " " + b + middle + " = " + v.get(n));
    }
    return lines;
  }

  private static void collect(String n, Map<String, DagNode> nodes, List<String> out) {
    DagNode d = nodes.get(n);
    if (d.op().equals("value") || out.contains(n)) {
      return;
    }
    out.add(n);
    collect(d.args().get(0), nodes, out);
    collect(d.args().get(1), nodes, out);
  }

  private static int height(String n, Map<String, DagNode> nodes, Map<String, Integer> memo) {
    DagNode d = nodes.get(n);
    if (d.op().equals("value")) {
      return 0;
    }
    Integer h = memo.get(n);
    if (h == null) {
      h = 1 + Math.max(height(d.args().get(0), nodes, memo), height(d.args().get(1), nodes, memo));
      memo.put(n, h);
    }
    return h;
  }

  private static String trace(List<String> lines, String result) {
    return String.join("\n", lines) + "\nResult: " + result;
  }

  @Test
  void goldScoresOneInBothModesAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (String mode : List.of("final", "trace")) {
        for (int i = 0; i < 20; i++) {
          Generated<DagProblem> g = make(level, mode, 100L * level + i);
          String gold = g.answer();
          assertThat(verifier.verify(g.problem(), gold).correct()).as(gold).isTrue();
          assertThat(verifier.verify(g.problem(), "Let me work.\n<answer>\n" + gold + "\n</answer>").correct()).isTrue();
          assertThat(verifier.verify(g.problem(), "Working...\nAnswer: " + gold).correct()).isTrue();
          DagProblem back = Json.MAPPER.convertValue(Json.MAPPER.valueToTree(g.problem()), DagProblem.class);
          assertThat(verifier.verify(back, gold)).isEqualTo(verifier.verify(g.problem(), gold));
        }
      }
    }
  }

  @Test
  void finalModeAcceptsEqualNumbersAndRejectsOthers() {
    Generated<DagProblem> g = make(8, "final", 3);
    BigInteger v = new BigInteger(g.answer());
    for (String form : List.of(v + ".0", v.multiply(BigInteger.TWO) + "/2", "+" + v, " " + v + " ", "\\boxed{" + v + "}",
        "C = A + B = 3\nResult: " + v)) {
      assertThat(verifier.verify(g.problem(), form).correct()).as(form).isTrue();
    }
    Verdict wrong = verifier.verify(g.problem(), v.add(BigInteger.ONE).toString());
    assertThat(wrong.status()).isEqualTo(Status.WRONG);
    assertThat(wrong.reason()).contains(g.problem().target());
    assertThat(verifier.verify(g.problem(), g.problem().target() + " = " + v).status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verifier.verify(g.problem(), v + " or " + v.add(BigInteger.ONE)).status()).isEqualTo(Status.INVALID_FORMAT);
  }

  @Test
  void traceModeAcceptsAnyValidOrderAndTheDocumentedVariations() {
    for (int level = 2; level <= 10; level++) {
      for (int i = 0; i < 10; i++) {
        Generated<DagProblem> g = make(level, "trace", 7L * level + i);
        DagProblem p = g.problem();
        String result = ((DagSolution) g.solution()).result();
        List<String> alternative = byHeight(p, false, false);
        assertThat(verifier.verify(p, trace(alternative, result)).correct()).as(trace(alternative, result)).isTrue();
        assertThat(verifier.verify(p, trace(byHeight(p, true, true), result)).correct()).isTrue();
        List<String> decorated = new ArrayList<>();
        for (int k = 0; k < alternative.size(); k++) {
          decorated.add("Step " + (k + 1) + ": " + alternative.get(k).replace(" * ", " × ").replace(" - ", " − ")
              .toLowerCase(java.util.Locale.ROOT));
        }
        Verdict v = verifier.verify(p, "Here is my work:\n<answer>\n" + trace(decorated, result) + "\n</answer>");
        assertThat(v.correct()).as("%s: %s", trace(decorated, result), v.reason()).isTrue();
        // given values restated first, then the work
        List<String> restated = new ArrayList<>();
        for (DagNode n : p.nodes()) {
          if (n.op().equals("value")) {
            restated.add(n.name() + " = " + n.value());
          }
        }
        restated.addAll(alternative);
        assertThat(verifier.verify(p, trace(restated, result)).correct()).isTrue();
      }
    }
  }

  @Test
  void aWrongStepAtPositionKIsReportedAsK() {
    for (int level = 4; level <= 10; level++) {
      Generated<DagProblem> g = make(level, "trace", 31L * level);
      DagProblem p = g.problem();
      List<String> lines = byHeight(p, false, false);
      int r = lines.size();
      String result = ((DagSolution) g.solution()).result();
      for (int k = 1; k <= r; k++) {
        List<String> bad = new ArrayList<>(lines);
        String line = bad.get(k - 1);
        int eq = line.lastIndexOf(" = ");
        bad.set(k - 1, line.substring(0, eq + 3) + new BigInteger(line.substring(eq + 3)).add(BigInteger.ONE));
        Verdict v = verifier.verify(p, trace(bad, result));
        assertThat(v.details()).containsEntry("first_error_step", k);
        assertThat(v.score()).as("k=%d", k).isCloseTo((double) (k - 1) / (r + 1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(v.status()).isEqualTo(k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL);
        assertThat(v.reason()).startsWith("step " + k + " is wrong");
      }
    }
  }

  @Test
  void reasonsNameTheFirstError() {
    Generated<DagProblem> g = make(6, "trace", 5);
    DagProblem p = g.problem();
    Map<String, DagNode> nodes = byName(p);
    List<String> lines = byHeight(p, false, false);
    String result = ((DagSolution) g.solution()).result();
    String last = lines.get(lines.size() - 1);
    String lastName = last.substring(0, last.indexOf(' '));

    // the asked node first: its operands are not computed yet
    List<String> early = new ArrayList<>(lines);
    early.add(0, early.remove(early.size() - 1));
    assertThat(verifier.verify(p, trace(early, result)).reason()).contains("is used before it is computed");

    // a different operation
    List<String> op = new ArrayList<>(lines);
    DagNode t = nodes.get(lastName);
    String otherOp = t.op().equals("+") ? "*" : "+";
    op.set(op.size() - 1, lastName + " = " + t.args().get(0) + " " + otherOp + " " + t.args().get(1) + " = 1");
    assertThat(verifier.verify(p, trace(op, result)).reason()).contains("is defined as");

    // no Result line; a wrong result; the right result without computing the asked node
    Verdict none = verifier.verify(p, String.join("\n", lines));
    assertThat(none.status()).isEqualTo(Status.PARTIAL);
    assertThat(none.reason()).contains("no 'Result:' line");
    assertThat(none.score()).isCloseTo((double) lines.size() / (lines.size() + 1), org.assertj.core.data.Offset.offset(1e-9));
    Verdict wrongResult = verifier.verify(p, trace(lines, new BigInteger(result).add(BigInteger.ONE).toString()));
    assertThat(wrongResult.reason()).contains("is not the value of " + p.target());
    Verdict underived = verifier.verify(p, trace(lines.subList(0, lines.size() - 1), result));
    assertThat(underived.reason()).contains("no line computes " + p.target());
    assertThat(underived.correct()).isFalse();

    // a line that is not a step; an unknown node; a restated value that is wrong; a substituted value that is wrong
    assertThat(verifier.verify(p, "First I add things.\n" + trace(lines, result)).status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(verifier.verify(p, "XQZ = 4\n" + trace(lines, result)).reason()).contains("there is no node");
    for (DagNode n : p.nodes()) {
      if (n.op().equals("value")) {
        Verdict v = verifier.verify(p, n.name() + " = " + new BigInteger(n.value()).add(BigInteger.ONE) + "\n" + trace(lines, result));
        assertThat(v.reason()).contains(n.name() + " is given as " + n.value());
        break;
      }
    }
    List<String> substituted = byHeight(p, false, true);
    String s0 = substituted.get(0);
    String[] parts = s0.split(" = ");
    String[] nums = parts[2].split(" ");
    substituted.set(0, parts[0] + " = " + parts[1] + " = " + new BigInteger(nums[0]).add(BigInteger.ONE) + " " + nums[1] + " "
        + nums[2] + " = " + parts[3]);
    String firstOperand = parts[1].split(" ")[0];
    assertThat(verifier.verify(p, trace(substituted, result)).reason()).contains(firstOperand + " is " + nums[0]);

    // subtraction keeps its order
    for (String line : lines) {
      String[] w = line.split(" ");
      if (w[3].equals("-") && !w[2].equals(w[4])) {
        List<String> swapped = new ArrayList<>(lines);
        swapped.set(lines.indexOf(line), w[0] + " = " + w[4] + " - " + w[2] + " = " + w[6]);
        assertThat(verifier.verify(p, trace(swapped, result)).correct()).isFalse();
        break;
      }
    }
  }

  @Test
  void hostileResponsesScoreZeroInBothModes() {
    String junk = junk(10_000_000);
    for (String mode : List.of("final", "trace")) {
      Generated<DagProblem> g = make(4, mode, 77);
      DagProblem p = g.problem();
      List<String> hostile = new ArrayList<>(List.of("", " ", "yes", "0", "1", "-0", "none", "A", "NaN", "1/0",
          "<answer>", "</answer>", "<answer></answer>", "<answer>" + "<answer>".repeat(1000), "\u0000\u0001\uD800",
          "Answer:", "Result:", "Result: 5\nResult:", "= = = =", "A = B + C = D * E = 3 = 4", "A =", "= 5",
          junk, "x".repeat(10_000_000), "<answer>" + "x".repeat(10_000_000) + "</answer>", "Answer: " + "\n".repeat(100_000),
          "<answer>" + g.answer() + "</answer>\n<answer>I am not sure. 42 knights.</answer>"));
      if (mode.equals("trace")) {
        hostile.add("Result: " + ((DagSolution) g.solution()).result());
      }
      for (String r : hostile) {
        if (r.strip().equals(g.answer())) {
          continue;
        }
        Verdict v = verifier.verify(p, r);
        assertThat(v.score()).as("%s: %.60s -> %s", mode, r, v.reason()).isZero();
        assertThat(v.reason()).isNotBlank();
      }
    }
  }

  private static String junk(int length) {
    StringBuilder sb = new StringBuilder(length);
    long x = 1;
    while (sb.length() < length) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      sb.append((char) ((x >>> 33) % 0xFFFF));
    }
    return sb.toString();
  }

  @Test
  void aBrokenProblemIsReportedNotThrown() {
    DagProblem cycle = new DagProblem(List.of(
        new DagNode("A", "+", "", List.of("B", "C")), new DagNode("B", "+", "", List.of("A", "C")),
        new DagNode("C", "value", "3", List.of())), "A", "final");
    assertThat(verifier.verify(cycle, "3").status()).isEqualTo(Status.BAD_PROBLEM);
    DagProblem unknown = new DagProblem(List.of(new DagNode("A", "+", "", List.of("B", "Q")),
        new DagNode("B", "value", "1", List.of())), "A", "final");
    assertThat(verifier.verify(unknown, "3").status()).isEqualTo(Status.BAD_PROBLEM);
    DagProblem ok = new DagProblem(List.of(new DagNode("A", "*", "", List.of("B", "B")),
        new DagNode("B", "value", "12345678901234567890", List.of())), "A", "trace");
    assertThat(verifier.verify(ok, "A = B * B = 152415787532388367501905199875019052100\nResult: 152415787532388367501905199875019052100")
        .correct()).isTrue();
  }
}
