package io.taskforge.verify.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTextTest {
  private static List<PlanLine> lines(String text) {
    PlanText.Parsed parsed = PlanText.parse(text, PlanText.MAX_STEPS);
    assertThat(parsed.ok()).isTrue();
    return parsed.lines();
  }

  private static List<String> words(String line) {
    List<PlanLine> lines = lines(line);
    assertThat(lines).hasSize(1);
    return lines.get(0).words();
  }

  @Test
  void numberingBulletsAndParenthesesAreStripped() {
    List<String> expected = List.of("stack", "a", "b");
    for (String line : List.of(
        "stack A B", "  STACK a b  ", "1. stack A B", "12) stack A B", "3: stack A B", "4 stack A B",
        "Step 1: stack A B", "step 2 stack A B", "STEP 3. stack A B", "Step 4 - stack A B",
        "**Step 5:** stack A B", "- stack A B", "* stack A B", "• stack A B", "> stack A B",
        "(stack A B)", "stack(A, B)", "stack(A,B);", "`stack A B`", "stack A B.", "1. (stack a b)",
        "\tstack\tA\tB\r")) {
      assertThat(words(line)).as(line).isEqualTo(expected);
    }
  }

  @Test
  void textKeepsTheLineWithoutDecoration() {
    PlanLine line = lines("Step 7: (pick-up A).").get(0);
    assertThat(line.text()).isEqualTo("(pick-up A)");
    assertThat(line.words()).containsExactly("pick-up", "a");
    assertThat(line.word(5)).isEmpty();
  }

  @Test
  void numbersThatAreNotNumberingStay() {
    assertThat(words("3d move")).containsExactly("3d", "move");
    assertThat(words("step: x")).containsExactly("step:", "x");
  }

  @Test
  void blankFenceAndRuleLinesAreSkippedButCounted() {
    List<PlanLine> lines = lines("```pddl\n\npick-up A\n---\n   \n2.\nput-down A\n```");
    assertThat(lines).extracting(PlanLine::lineNumber).containsExactly(3, 7);
    assertThat(lines).extracting(PlanLine::step).containsExactly(1, 2);
    assertThat(lines(" \n\n```\n")).isEmpty();
  }

  @Test
  void planLengthIsBounded() {
    String three = "a\nb\nc";
    assertThat(PlanText.parse(three, 3).ok()).isTrue();
    PlanText.Parsed tooLong = PlanText.parse(three + "\nd", 3);
    assertThat(tooLong.ok()).isFalse();
    assertThat(tooLong.error()).isEqualTo("the plan has more than 3 actions; at most 3 are read");
    assertThat(tooLong.lines()).isEmpty();
  }

  @Test
  void aHugeSingleLineIsOneLine() {
    String big = "x ".repeat(100_000);
    assertThat(words(big)).hasSize(100_000);
  }

  @Test
  void quotesAreShortAndPrintable() {
    assertThat(PlanText.quote("stack A B")).isEqualTo("\"stack A B\"");
    assertThat(PlanText.quote("a\u0000b\uD800c\uDC00")).isEqualTo("\"a?b?c?\"");
    assertThat(PlanText.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    assertThat(PlanText.quote("x".repeat(100))).isEqualTo("\"" + "x".repeat(60) + "...\"");
  }
}
