package io.taskforge.logic.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaTest {

  private static Formula random(Rng rng, int n, int depth) {
    if (depth == 0 || rng.chance(1, 4)) {
      return Formula.is(rng.nextInt(n), rng.nextBoolean());
    }
    switch (rng.nextInt(5)) {
      case 0:
        return Formula.not(random(rng, n, depth - 1));
      case 1:
      case 2: {
        List<Formula> ops = new ArrayList<>();
        int k = rng.between(2, 4);
        for (int i = 0; i < k; i++) {
          ops.add(random(rng, n, depth - 1));
        }
        return rng.nextBoolean() ? new Formula.And(ops) : new Formula.Or(ops);
      }
      case 3:
        return Formula.iff(random(rng, n, depth - 1), random(rng, n, depth - 1));
      default:
        return Formula.implies(random(rng, n, depth - 1), random(rng, n, depth - 1));
    }
  }

  /** Truth by the textbook definitions, independent of both eval and the tables. */
  private static boolean truth(Formula f, int a) {
    if (f instanceof Formula.Is is) {
      return (((a >> is.var()) & 1) == 1) == is.value();
    }
    if (f instanceof Formula.Not not) {
      return !truth(not.operand(), a);
    }
    if (f instanceof Formula.And and) {
      return and.operands().stream().allMatch(g -> truth(g, a));
    }
    if (f instanceof Formula.Or or) {
      return or.operands().stream().anyMatch(g -> truth(g, a));
    }
    if (f instanceof Formula.Iff iff) {
      return truth(iff.left(), a) == truth(iff.right(), a);
    }
    Formula.Implies imp = (Formula.Implies) f;
    return !truth(imp.antecedent(), a) || truth(imp.consequent(), a);
  }

  @Test
  void truthTablesAndEvalAgreeWithTheDefinitions() {
    Rng rng = new Rng(11);
    for (int n = 1; n <= 12; n++) {
      for (int trial = 0; trial < 40; trial++) {
        Formula f = random(rng, n, 4);
        long[] t = TruthTables.of(f, n);
        int count = 0;
        boolean always = true;
        boolean never = true;
        for (int a = 0; a < (1 << n); a++) {
          boolean v = truth(f, a);
          assertThat(TruthTables.get(t, a)).isEqualTo(v);
          assertThat(f.eval(a)).isEqualTo(v);
          count += v ? 1 : 0;
          always &= v;
          never &= !v;
        }
        assertThat(TruthTables.count(t, n)).isEqualTo(count);
        assertThat(TruthTables.isTautology(t, n)).isEqualTo(always);
        assertThat(TruthTables.isContradiction(t, n)).isEqualTo(never);
        for (int v = 0; v < n; v++) {
          boolean depends = false;
          for (int a = 0; a < (1 << n); a++) {
            depends |= truth(f, a) != truth(f, a ^ (1 << v));
          }
          assertThat(TruthTables.dependsOn(t, v, n)).as("var %d of %s", v, f).isEqualTo(depends);
        }
      }
    }
  }

  @Test
  void measuresShape() {
    Formula f = Formula.or(
        Formula.is(0, true),
        Formula.not(Formula.and(Formula.is(1, false), Formula.is(2, true), Formula.is(3, true))),
        Formula.implies(Formula.is(4, true), Formula.iff(Formula.is(5, true), Formula.is(0, false))));
    assertThat(f.depth()).isEqualTo(3);
    assertThat(f.connectives()).isEqualTo(5);
    assertThat(f.atoms()).isEqualTo(7);
    assertThat(f.vars()).isEqualTo(0b111111L);
    assertThat(f.maxWidth()).isEqualTo(3);
    assertThat(CompactForm.of(f)).isEqualTo("or(0,not(and(!1,2,3)),imp(4,iff(5,!0)))");
  }

  @Test
  void andOrNeedTwoOperands() {
    assertThatThrownBy(() -> new Formula.And(List.of(Formula.is(0, true))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Formula.Or(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Formula.is(64, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Formula.not(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonNamesEachConnectiveInOp() throws Exception {
    Formula f = Formula.and(
        Formula.not(Formula.or(Formula.is(0, true), Formula.is(1, false))),
        Formula.iff(Formula.is(2, true), Formula.implies(Formula.is(0, false), Formula.is(1, true))));
    JsonNode tree = Json.MAPPER.valueToTree(f);
    assertThat(tree.get("op").asText()).isEqualTo("and");
    assertThat(tree.toString()).contains("\"op\":\"not\"", "\"op\":\"or\"", "\"op\":\"iff\"",
        "\"op\":\"implies\"", "{\"op\":\"is\",\"var\":1,\"value\":false}");
    assertThat(Json.MAPPER.treeToValue(tree, Formula.class)).isEqualTo(f);
    assertThatThrownBy(() -> Json.MAPPER.readValue("{\"op\":\"and\",\"operands\":[{\"op\":\"is\",\"var\":0,\"value\":true}]}", Formula.class))
        .isInstanceOf(Exception.class);
  }
}
