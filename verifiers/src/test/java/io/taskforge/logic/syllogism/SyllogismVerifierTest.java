package io.taskforge.logic.syllogism;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.OracleAgreement;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SyllogismVerifierTest {
  private final SyllogismTask task = new SyllogismTask();
  private final SyllogismVerifier verifier = new SyllogismVerifier();
  private final SyllogismOracle oracle = new SyllogismOracle();

  private Generated<SyllogismProblem> generate(int level, long index) {
    Params p = task.level(level);
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 99, index)));
  }

  // ---------------------------------------------------------------------------------------------
  // An independent Venn-region model checker: three sets cut the domain into 8 regions; a situation
  // says which regions are inhabited (2^8 of them); a form is valid when every situation that makes
  // both premises true makes the conclusion true.

  /** Whether "type x y" is true when {@code inhabited[r]} says region r (bit 0 S, 1 M, 2 P) has members. */
  private static boolean truth(char type, int x, int y, boolean[] inhabited) {
    boolean someXY = false;
    boolean someXnotY = false;
    for (int r = 0; r < 8; r++) {
      boolean inX = (r & (1 << x)) != 0;
      boolean inY = (r & (1 << y)) != 0;
      if (inhabited[r] && inX && inY) {
        someXY = true;
      }
      if (inhabited[r] && inX && !inY) {
        someXnotY = true;
      }
    }
    return switch (type) {
      case 'A' -> !someXnotY;
      case 'E' -> !someXY;
      case 'I' -> someXY;
      default -> someXnotY;
    };
  }

  /** Term positions of the premises by figure: {major x, major y, minor x, minor y}; S 0, M 1, P 2. */
  private static int[] positions(int figure) {
    return switch (figure) {
      case 1 -> new int[] {1, 2, 0, 1};
      case 2 -> new int[] {2, 1, 0, 1};
      case 3 -> new int[] {1, 2, 1, 0};
      default -> new int[] {2, 1, 1, 0};
    };
  }

  private static boolean vennValid(char major, char minor, char conclusion, int figure) {
    int[] t = positions(figure);
    for (int situation = 0; situation < 256; situation++) {
      boolean[] inhabited = new boolean[8];
      for (int r = 0; r < 8; r++) {
        inhabited[r] = ((situation >> r) & 1) == 1;
      }
      if (truth(major, t[0], t[1], inhabited) && truth(minor, t[2], t[3], inhabited)
          && !truth(conclusion, 0, 2, inhabited)) {
        return false;
      }
    }
    return true;
  }

  private static final String[] TERMS = {"wugs", "blickets", "daxes"};

  private static String standard(char type, int x, int y) {
    return switch (type) {
      case 'A' -> "All " + TERMS[x] + " are " + TERMS[y];
      case 'E' -> "No " + TERMS[x] + " are " + TERMS[y];
      case 'I' -> "Some " + TERMS[x] + " are " + TERMS[y];
      default -> "Some " + TERMS[x] + " are not " + TERMS[y];
    };
  }

  private static SyllogismProblem problem(char major, char minor, char conclusion, int figure) {
    int[] t = positions(figure);
    return new SyllogismProblem(
        List.of(standard(major, t[0], t[1]), standard(minor, t[2], t[3])),
        standard(conclusion, 0, 2),
        "" + major + minor + conclusion, figure, TERMS[0], TERMS[1], TERMS[2], List.of());
  }

  @Test
  void theVerifiersTableIsRightForAll256FormsAndExactly15AreValid() {
    int valid = 0;
    List<String> validForms = new ArrayList<>();
    for (char a : "AEIO".toCharArray()) {
      for (char b : "AEIO".toCharArray()) {
        for (char c : "AEIO".toCharArray()) {
          for (int f = 1; f <= 4; f++) {
            boolean venn = vennValid(a, b, c, f);
            SyllogismProblem p = problem(a, b, c, f);
            String form = "" + a + b + c + "-" + f;
            Verdict saysValid = verifier.verify(p, "valid");
            Verdict saysInvalid = verifier.verify(p, "invalid");
            assertThat(saysValid.correct()).as("%s: %s", form, saysValid.reason()).isEqualTo(venn);
            assertThat(saysInvalid.correct()).as("%s: %s", form, saysInvalid.reason()).isEqualTo(!venn);
            // The generator's Venn models and the oracle's textbook table agree too.
            assertThat(VennModels.valid(SyllogisticForm.parse(form))).as(form).isEqualTo(venn);
            assertThat(oracle.accepts(p, "valid")).as(form).isEqualTo(venn);
            if (venn) {
              valid++;
              validForms.add(form);
            }
          }
        }
      }
    }
    assertThat(valid).as("forms valid without existential import: %s", validForms).isEqualTo(15);
  }

  @Test
  void reasonsNameTheBrokenRule() {
    assertThat(verifier.verify(problem('A', 'A', 'A', 2), "valid").reason())
        .contains("AAA-2", "middle term (blickets) is not distributed");
    assertThat(verifier.verify(problem('A', 'A', 'I', 1), "valid").reason())
        .contains("AAI-1", "existential import");
    assertThat(verifier.verify(problem('E', 'O', 'O', 1), "valid").reason()).contains("both premises are negative");
    assertThat(verifier.verify(problem('A', 'A', 'A', 3), "valid").reason()).contains("illicit minor");
    assertThat(verifier.verify(problem('A', 'E', 'E', 1), "valid").reason()).contains("illicit major");
    Verdict right = verifier.verify(problem('A', 'A', 'A', 1), "valid");
    assertThat(right.status()).isEqualTo(Status.CORRECT);
    assertThat(right.reason()).contains("AAA-1", "valid");
    Verdict wrong = verifier.verify(problem('A', 'A', 'A', 1), "invalid");
    assertThat(wrong.status()).isEqualTo(Status.WRONG);
    assertThat(wrong.score()).isZero();
  }

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 60; i++) {
        Generated<SyllogismProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "Reasoning...\n<answer>" + g.answer() + "</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
      }
    }
  }

  @Test
  void documentedVariationsAreAcceptedAndOthersAreNot() {
    SyllogismProblem valid = problem('E', 'I', 'O', 2);
    for (String r : List.of("valid", "VALID", "Valid.", "**valid**", "`valid`", " valid \n", "Answer: Valid",
        "<answer> **Valid** </answer>", "I think it is invalid.\n\nAnswer: valid", "valid!")) {
      assertThat(verifier.verify(valid, r).correct()).as(r).isTrue();
    }
    for (String r : List.of("It is valid", "valid invalid", "yes", "validity", "not valid", "in valid", "val id")) {
      Verdict v = verifier.verify(valid, r);
      assertThat(v.status()).as(r).isEqualTo(Status.INVALID_FORMAT);
      assertThat(v.reason()).contains("valid or invalid");
    }
  }

  @Test
  void malformedProblemsAreBadProblemsNotWrongAnswers() {
    SyllogismProblem good = problem('A', 'A', 'A', 1);
    List<SyllogismProblem> bad = List.of(
        new SyllogismProblem(good.premises(), good.conclusion(), "AAI", 1, TERMS[0], TERMS[1], TERMS[2], List.of()),
        new SyllogismProblem(good.premises(), good.conclusion(), "AAA", 2, TERMS[0], TERMS[1], TERMS[2], List.of()),
        new SyllogismProblem(List.of(good.premises().get(0)), good.conclusion(), "AAA", 1, TERMS[0], TERMS[1], TERMS[2], List.of()),
        new SyllogismProblem(good.premises(), "All daxes are wugs", "AAA", 1, TERMS[0], TERMS[1], TERMS[2], List.of()),
        new SyllogismProblem(good.premises(), good.conclusion(), "AAA", 1, TERMS[0], TERMS[0], TERMS[2], List.of()),
        new SyllogismProblem(List.of("Most blickets are daxes", good.premises().get(1)), good.conclusion(), "AAA", 1,
            TERMS[0], TERMS[1], TERMS[2], List.of()),
        new SyllogismProblem(good.premises(), good.conclusion(), null, 1, TERMS[0], TERMS[1], TERMS[2], List.of()),
        new SyllogismProblem(good.premises(), good.conclusion(), "AAA", 1, TERMS[0], TERMS[1], TERMS[2],
            List.of("Some wugs are feps")),
        new SyllogismProblem(good.premises(), good.conclusion(), "AAA", 1, TERMS[0], TERMS[1], TERMS[2],
            List.of("Some feps are not daxes")));
    for (SyllogismProblem p : bad) {
      assertThat(verifier.verify(p, "valid").status()).as(p.toString()).isEqualTo(Status.BAD_PROBLEM);
    }
    SyllogismProblem unrelated = new SyllogismProblem(good.premises(), good.conclusion(), "AAA", 1, TERMS[0],
        TERMS[1], TERMS[2], List.of("Some feps are zorbs", "All daxeses are wugsy"));
    assertThat(verifier.verify(unrelated, "valid").correct()).isTrue();
  }

  @Test
  void verifierAgreesWithTheIndependentOracleOnEveryMutant() {
    int mutants = OracleAgreement.check(task, verifier, oracle, 25, 5);
    assertThat(mutants).isGreaterThan(1000);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<SyllogismProblem> g = generate(4, 0);
    OracleAgreement.hostileScoreZero(verifier, g.problem(), g.answer(), String.join("\n", g.problem().premises()));
    // JSON-tree problems go through Verifiers.verify too.
    Object tree = io.taskforge.core.Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, g.answer().toUpperCase(Locale.ROOT)).correct()).isTrue();
  }
}
