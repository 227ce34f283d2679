package io.taskforge.verify.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberGridTest {
  private static final int[] ONE_TO_FOUR = {1, 2, 3, 4, 3, 4, 1, 2, 2, 1, 4, 3, 4, 3, 2, 1};

  @Test
  void readsDigitRowsInEveryDocumentedLayout() {
    String[] layouts = {
      "1234\n3412\n2143\n4321",
      "1 2 3 4\n3 4 1 2\n2 1 4 3\n4 3 2 1\n",
      "12|34\n34|12\n--+--\n21|43\n43|21",
      "Row 1: 1234\nRow 2: 3412\n\nRow 3: 2143\nRow 4: 4321",
      "```\n[1, 2, 3, 4],\n[3, 4, 1, 2],\n[2, 1, 4, 3],\n[4, 3, 2, 1]\n```",
      "Here it is:\n1234\r\n3412\r\n2143\r\n4321\r\n",
      "| 1 | 2 | 3 | 4 |\n|---|---|---|---|\n| 3 | 4 | 1 | 2 |\n| 2 | 1 | 4 | 3 |\n| 4 | 3 | 2 | 1 |",
      "1 2 │ 3 4\n3 4 │ 1 2\n────┼────\n2 1 │ 4 3\n4 3 │ 2 1",
      "1234\r3412\r2143\r4321",
    };
    for (String text : layouts) {
      NumberGrid.Parsed p = NumberGrid.parse(text, 4, 4, 4);
      assertThat(p.error()).as(text).isNull();
      assertThat(p.cells()).as(text).isEqualTo(ONE_TO_FOUR);
    }
  }

  @Test
  void readsMultiDigitNumbersAboveNine() {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < 12; r++) {
      for (int c = 0; c < 12; c++) {
        sb.append(c == 0 ? "" : r % 2 == 0 ? " " : ", ").append((r + c) % 12 + 1);
      }
      sb.append('\n');
    }
    NumberGrid.Parsed p = NumberGrid.parse(sb.toString(), 12, 12, 12);
    assertThat(p.ok()).as(p.error()).isTrue();
    assertThat(p.cells()[0]).isEqualTo(1);
    assertThat(p.cells()[11]).isEqualTo(12);
    assertThat(p.cells()[12 + 11]).isEqualTo(1);
  }

  @Test
  void emptyCellsReadAsZero() {
    NumberGrid.Parsed p = NumberGrid.parse("12.4\n3412\n2140\n4321", 4, 4, 4);
    assertThat(p.ok()).isTrue();
    assertThat(p.cells()[2]).isZero();
    assertThat(p.cells()[11]).isZero();
  }

  @Test
  void refusalsNameTheProblem() {
    assertThat(NumberGrid.parse("1234\n3412\n2143", 4, 4, 4).error()).contains("3 rows").contains("expected 4");
    assertThat(NumberGrid.parse("1234\n3412\n2143\n4321\n1234", 4, 4, 4).error()).contains("more than 4 rows");
    assertThat(NumberGrid.parse("1234\n34123\n2143\n4321", 4, 4, 4).error()).contains("row 2").contains("5 numbers");
    assertThat(NumberGrid.parse("1234\n3452\n2143\n4321", 4, 4, 4).error()).contains("row 2 contains 5");
    assertThat(NumberGrid.parse("1234\n34x2\n2143\n4321", 4, 4, 4).error()).contains("line 2").contains("'x'");
    assertThat(NumberGrid.parse("", 4, 4, 4).error()).contains("no rows");
    assertThat(NumberGrid.parse("\u0000", 4, 4, 4).error()).contains("U+0000");
    assertThat(NumberGrid.parse("1 2 99999999999999999999 4", 1, 4, 16).error()).contains("very long number");
  }

  @Test
  void hugeInputsFinish() {
    assertThat(NumberGrid.parse("1".repeat(200_000), 9, 9, 9).ok()).isFalse();
    assertThat(NumberGrid.parse("-\n".repeat(100_000), 9, 9, 9).error()).contains("no rows");
    assertThat(NumberGrid.parse("12 ".repeat(60_000), 16, 16, 16).ok()).isFalse();
  }
}
