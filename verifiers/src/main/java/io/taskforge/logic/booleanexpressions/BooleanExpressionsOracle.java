package io.taskforge.logic.booleanexpressions;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The property-testing oracle of {@code logic.boolean-expressions}. It judges an answer by its own
 * route, apart from the verifier: it evaluates the expression <em>text</em> the model saw with a
 * shunting-yard pass (precedence not &gt; and &gt; xor &gt; or), not the structured tree, and reads
 * only the canonical words {@code True} and {@code False}.
 */
public final class BooleanExpressionsOracle implements TaskOracle<BooleanExpressionsProblem> {

  @Override
  public String taskId() {
    return BooleanExpressionsTask.ID;
  }

  @Override
  public Class<BooleanExpressionsProblem> problemType() {
    return BooleanExpressionsProblem.class;
  }

  @Override
  public List<String> equivalentForms(BooleanExpressionsProblem problem, String gold, Rng rng) {
    return List.of(
        gold.toLowerCase(Locale.ROOT),
        gold.toUpperCase(Locale.ROOT),
        "  " + gold + "\n",
        gold + ".",
        "**" + gold + "**",
        "`" + gold + "`");
  }

  @Override
  public List<Mutant> mutants(BooleanExpressionsProblem problem, String gold, Rng rng) {
    String other = gold.equalsIgnoreCase("True") ? "False" : "True";
    List<Mutant> out = new ArrayList<>();
    for (String r : List.of(other, other.toLowerCase(Locale.ROOT), "**" + other + "**")) {
      out.add(new Mutant("flip-value", r, accepts(problem, r.replace("*", "").strip())));
    }
    for (String r : List.of(gold + " " + other, "True or False", gold + ", " + other, "maybe", "1", "0",
        "not " + gold, gold + "?", "It is " + gold)) {
      out.add(new Mutant("not-a-value", r, false));
    }
    return out;
  }

  @Override
  public boolean accepts(BooleanExpressionsProblem problem, String canonicalAnswer) {
    String a = canonicalAnswer.strip();
    boolean answered;
    if (a.equalsIgnoreCase("true")) {
      answered = true;
    } else if (a.equalsIgnoreCase("false")) {
      answered = false;
    } else {
      return false;
    }
    return answered == evaluate(problem.expression());
  }

  /** The value of the expression text, by shunting-yard over its tokens. */
  static boolean evaluate(String text) {
    Deque<Boolean> values = new ArrayDeque<>();
    Deque<String> ops = new ArrayDeque<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (c == '(') {
        ops.push("(");
        i++;
        continue;
      }
      if (c == ')') {
        while (!ops.peek().equals("(")) {
          apply(ops.pop(), values);
        }
        ops.pop();
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String word = text.substring(i, j);
      i = j;
      switch (word) {
        case "True" -> values.push(true);
        case "False" -> values.push(false);
        case "not" -> ops.push("not");
        case "and", "xor", "or" -> {
          // Left to right among equal precedence; 'not' (prefix) is always applied first.
          while (!ops.isEmpty() && !ops.peek().equals("(") && rank(ops.peek()) >= rank(word)) {
            apply(ops.pop(), values);
          }
          ops.push(word);
        }
        default -> throw new IllegalArgumentException("unexpected word '" + word + "' in " + text);
      }
    }
    while (!ops.isEmpty()) {
      apply(ops.pop(), values);
    }
    if (values.size() != 1) {
      throw new IllegalArgumentException("malformed expression " + text);
    }
    return values.pop();
  }

  private static int rank(String op) {
    return switch (op) {
      case "not" -> 4;
      case "and" -> 3;
      case "xor" -> 2;
      default -> 1;
    };
  }

  private static void apply(String op, Deque<Boolean> values) {
    if (op.equals("not")) {
      values.push(!values.pop());
      return;
    }
    boolean b = values.pop();
    boolean a = values.pop();
    values.push(switch (op) {
      case "and" -> a && b;
      case "xor" -> a ^ b;
      default -> a || b;
    });
  }
}
