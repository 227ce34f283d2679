package io.taskforge.logic.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.core.Rng;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinSquaresTest {
  @Test
  void everyOrderGivesLatinSquaresThatVary() {
    for (int n = 1; n <= LatinSquares.MAX_SIZE; n++) {
      Set<String> seen = new HashSet<>();
      for (long seed = 0; seed < 20; seed++) {
        int[] g = LatinSquares.random(n, new Rng(seed));
        assertThat(LatinSquares.isLatin(g, n)).as("order %d seed %d", n, seed).isTrue();
        seen.add(java.util.Arrays.toString(g));
        assertThat(LatinSquares.random(n, new Rng(seed))).isEqualTo(g);
      }
      if (n >= 4) {
        assertThat(seen).as("order %d", n).hasSizeGreaterThan(15);
      }
    }
  }

  @Test
  void isLatinRejectsRepeatsAndOutOfRangeValues() {
    assertThat(LatinSquares.isLatin(new int[] {1, 2, 2, 1}, 2)).isTrue();
    assertThat(LatinSquares.isLatin(new int[] {1, 2, 1, 2}, 2)).isFalse();
    assertThat(LatinSquares.isLatin(new int[] {1, 3, 3, 1}, 2)).isFalse();
    assertThat(LatinSquares.isLatin(new int[] {1, 2, 2}, 2)).isFalse();
    assertThatThrownBy(() -> LatinSquares.random(0, new Rng(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
