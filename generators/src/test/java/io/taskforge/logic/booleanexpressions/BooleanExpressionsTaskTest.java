package io.taskforge.logic.booleanexpressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.logic.formula.Formula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BooleanExpressionsTaskTest {
  private final BooleanExpressionsTask task = new BooleanExpressionsTask();

  private Generated<BooleanExpressionsProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 17, index)));
  }

  /**
   * Test-only recursive-descent reader of the rendered text, written apart from the generator. With
   * {@code strict}, operators of different kinds may not be mixed without parentheses (the full
   * parentheses promise); otherwise precedence is not &gt; and &gt; xor &gt; or. It builds n-ary
   * nodes from chains of one operator, as the generator's trees are.
   */
  static final class Reader {
    private final String s;
    private final boolean strict;
    private int pos;

    Reader(String s, boolean strict) {
      this.s = s;
      this.strict = strict;
    }

    static Formula read(String s, boolean strict) {
      Reader r = new Reader(s, strict);
      Formula f = strict ? r.strictExpr() : r.or();
      if (r.pos != s.length()) {
        throw new IllegalArgumentException("unread text at " + r.pos + " in " + s);
      }
      return f;
    }

    private boolean eat(String word) {
      if (s.startsWith(word, pos)) {
        pos += word.length();
        return true;
      }
      return false;
    }

    private Formula or() {
      List<Formula> parts = new ArrayList<>(List.of(xor()));
      while (eat(" or ")) {
        parts.add(xor());
      }
      return parts.size() == 1 ? parts.get(0) : new Formula.Or(parts);
    }

    private Formula xor() {
      List<Formula> parts = new ArrayList<>(List.of(and()));
      while (eat(" xor ")) {
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Formula.Xor(parts);
    }

    private Formula and() {
      List<Formula> parts = new ArrayList<>(List.of(unary()));
      while (eat(" and ")) {
        parts.add(unary());
      }
      return parts.size() == 1 ? parts.get(0) : new Formula.And(parts);
    }

    /** One operator kind per level, every other operand parenthesized or a constant or a 'not'. */
    private Formula strictExpr() {
      List<Formula> parts = new ArrayList<>(List.of(unary()));
      String op = null;
      for (String word : new String[] {" and ", " xor ", " or "}) {
        if (s.startsWith(word, pos)) {
          op = word;
        }
      }
      if (op == null) {
        return parts.get(0);
      }
      while (eat(op)) {
        parts.add(unary());
      }
      for (String word : new String[] {" and ", " xor ", " or "}) {
        if (s.startsWith(word, pos)) {
          throw new IllegalArgumentException("mixed operators without parentheses at " + pos + " in " + s);
        }
      }
      return switch (op) {
        case " and " -> new Formula.And(parts);
        case " xor " -> new Formula.Xor(parts);
        default -> new Formula.Or(parts);
      };
    }

    private Formula unary() {
      if (eat("not ")) {
        return Formula.not(unary());
      }
      if (eat("(")) {
        Formula f = strict ? strictExpr() : or();
        if (!eat(")")) {
          throw new IllegalArgumentException("missing ) at " + pos + " in " + s);
        }
        if (f instanceof Formula.Const) {
          throw new IllegalArgumentException("a constant in parentheses in " + s);
        }
        if (strict && f instanceof Formula.Not) {
          return f;
        }
        return f;
      }
      if (eat("True")) {
        return Formula.constant(true);
      }
      if (eat("False")) {
        return Formula.constant(false);
      }
      throw new IllegalArgumentException("unexpected text at " + pos + " in " + s);
    }
  }

  /** Truth tables by definition, recursively over the test reader's tree. */
  static boolean value(Formula f) {
    if (f instanceof Formula.Const c) {
      return c.value();
    }
    if (f instanceof Formula.Not n) {
      return !value(n.operand());
    }
    if (f instanceof Formula.And a) {
      return a.operands().stream().allMatch(BooleanExpressionsTaskTest::value);
    }
    if (f instanceof Formula.Or o) {
      return o.operands().stream().anyMatch(BooleanExpressionsTaskTest::value);
    }
    long trues = ((Formula.Xor) f).operands().stream().filter(BooleanExpressionsTaskTest::value).count();
    return trues % 2 == 1;
  }

  @Test
  void goldIsTheValueOfTheShownTextAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      BooleanExpressionsParams bp = BooleanExpressionsParams.from(p);
      for (int i = 0; i < 150; i++) {
        Generated<BooleanExpressionsProblem> g = generate(p, i);
        BooleanExpressionsProblem pr = g.problem();
        Formula read = Reader.read(pr.expression(), false);
        assertThat(read).as("level %d index %d: %s", level, i, pr.expression()).isEqualTo(pr.tree());
        assertThat(g.answer()).isEqualTo(value(read) ? "True" : "False");
        if (!bp.minimalParentheses()) {
          // Full parentheses: readable without any precedence.
          assertThat(Reader.read(pr.expression(), true)).isEqualTo(pr.tree());
        }
      }
    }
  }

  @Test
  void deliversTheRequestedDepthWidthAndOperators() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      BooleanExpressionsParams bp = BooleanExpressionsParams.from(p);
      for (int i = 0; i < 60; i++) {
        Generated<BooleanExpressionsProblem> g = generate(p, i);
        Formula tree = g.problem().tree();
        assertThat(tree.depth()).isEqualTo(bp.depth());
        assertThat(tree.vars()).isZero();
        List<Formula> rootOperands = tree instanceof Formula.And a ? a.operands()
            : tree instanceof Formula.Or o ? o.operands() : ((Formula.Xor) tree).operands();
        assertThat(rootOperands).hasSize(bp.width());
        assertThat(tree.maxWidth()).isLessThanOrEqualTo(bp.width());
        if (!bp.xor()) {
          assertThat(g.problem().expression()).doesNotContain("xor");
        }
        assertThat(g.problem().parentheses()).isEqualTo(bp.minimalParentheses() ? "minimal" : "full");
        assertThat(g.metrics().get("depth")).isEqualTo(bp.depth());
      }
    }
  }

  @Test
  void trueAndFalseAreBalanced() {
    Params p = task.level(6);
    int trues = 0;
    for (int i = 0; i < 1000; i++) {
      trues += generate(p, i).answer().equals("True") ? 1 : 0;
    }
    assertThat(trues).isBetween(440, 560);
  }

  @Test
  void rendersTheDocumentedForms() {
    Formula t = Formula.constant(true);
    Formula f = Formula.constant(false);
    Formula e = new Formula.Or(List.of(new Formula.And(List.of(Formula.not(t), f)), t));
    assertThat(ExpressionText.of(e, true)).isEqualTo("not True and False or True");
    assertThat(ExpressionText.of(e, false)).isEqualTo("((not True) and False) or True");
    Formula x = new Formula.And(List.of(new Formula.Xor(List.of(t, f)), Formula.not(new Formula.Or(List.of(f, f)))));
    assertThat(ExpressionText.of(x, true)).isEqualTo("(True xor False) and not (False or False)");
    assertThat(ExpressionText.of(x, false)).isEqualTo("(True xor False) and (not (False or False))");
    assertThatThrownBy(() -> ExpressionText.of(Formula.is(0, true), true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stepsEvaluateInnermostFirst() {
    Generated<BooleanExpressionsProblem> g = generate(task.level(3), 4);
    List<?> steps = (List<?>) ((Map<?, ?>) g.solution()).get("steps");
    assertThat(steps).hasSize((Integer) g.metrics().get("connectives"));
    String last = (String) steps.get(steps.size() - 1);
    assertThat(last).endsWith("= " + g.answer());
  }

  @Test
  void problemRoundTripsThroughJson() {
    for (int level : new int[] {1, 5, 10}) {
      Generated<BooleanExpressionsProblem> g = generate(task.level(level), 2);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(tree.get("tree").get("op").asText()).isIn("and", "or", "xor");
      assertThat(Json.MAPPER.convertValue(tree, BooleanExpressionsProblem.class)).isEqualTo(g.problem());
    }
  }
}
