package io.taskforge.verify.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolGridTest {
  private static SymbolGrid.Parsed parse(String text) {
    return SymbolGrid.parse(text, 2, 3, ".0", "#1");
  }

  @Test
  void readsRowsOfSymbolsWithDocumentedLeniency() {
    int[] want = {1, 0, 1, 0, 1, 1};
    for (String text : new String[] {
        "#.#\n.##", "1 0 1\n0 1 1", "#0#\r\n.1#", "#.#\r.##", "\n\n  #.#  \n\n\t.##\n\n",
        "```\n#.#\n.##\n```", "```text\n# . #\n. # #\n```\n", "#\u00A0.\u00A0#\n.##"}) {
      SymbolGrid.Parsed p = parse(text);
      assertThat(p.ok()).as("%s -> %s", text, p.error()).isTrue();
      assertThat(p.cells()).isEqualTo(want);
    }
  }

  @Test
  void namesTheFirstProblem() {
    assertThat(parse("#.#").error()).isEqualTo("the answer has 1 row, expected 2");
    assertThat(parse("").error()).isEqualTo("the answer has 0 rows, expected 2");
    assertThat(parse("#.#\n.##\n###").error()).startsWith("the answer has more than 2 rows");
    assertThat(parse("#.#\n.#").error()).isEqualTo("row 2 ('.#') has 2 cells, expected 3");
    assertThat(parse("#x#\n.##").error()).isEqualTo("row 1 ('#x#') has 'x', which is not one of '.', '0', '#', '1'");
    assertThat(parse("#.#\n.#\u0000").error()).contains("U+0000");
    assertThat(parse("#.#\n" + "#".repeat(100)).error()).contains("has 100 cells").contains("...");
  }

  @Test
  void isLinearOnHugeInput() {
    String huge = "#".repeat(5_000_000);
    assertThat(parse(huge).ok()).isFalse();
    assertThat(parse("\n".repeat(5_000_000)).error()).isEqualTo("the answer has 0 rows, expected 2");
  }
}
