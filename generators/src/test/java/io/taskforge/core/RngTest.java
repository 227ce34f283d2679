package io.taskforge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RngTest {
  @Test
  void isSplitMix64() {
    // Reference outputs of SplitMix64 from state 0 (Steele, Lea and Flood; the published C code).
    Rng r = new Rng(0);
    assertThat(r.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(r.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(r.nextLong()).isEqualTo(0x06C45D188009454FL);
  }

  @Test
  void nextIntIsUniformEnough() {
    Rng r = new Rng(12345);
    int[] counts = new int[7];
    for (int i = 0; i < 70_000; i++) {
      counts[r.nextInt(7)]++;
    }
    for (int c : counts) {
      assertThat(c).isBetween(9_500, 10_500);
    }
  }

  @Test
  void betweenIsInclusiveAndChecked() {
    Rng r = new Rng(1);
    boolean lo = false;
    boolean hi = false;
    for (int i = 0; i < 1000; i++) {
      int v = r.between(-2, 2);
      assertThat(v).isBetween(-2, 2);
      lo |= v == -2;
      hi |= v == 2;
    }
    assertThat(lo && hi).isTrue();
    assertThatThrownBy(() -> r.between(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shuffleIsAPermutation() {
    List<Integer> items = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
    new Rng(9).shuffle(items);
    assertThat(items).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(new Rng(3).permutation(50)).containsExactlyInAnyOrder(
        java.util.stream.IntStream.range(0, 50).toArray());
  }

  @Test
  void instanceSeedsMixEverything() {
    ParamSchema schema = ParamSchema.of(ParamSpec.integer("n", 3, 1, 9, "n"));
    Params p = schema.defaults();
    Params q = schema.with(p, Map.of("n", 4), "t.x");
    long base = Seeds.instanceSeed("t.x", 1, p, 5, 6);
    assertThat(Seeds.instanceSeed("t.x", 1, p, 5, 6)).isEqualTo(base);
    assertThat(List.of(
        Seeds.instanceSeed("t.y", 1, p, 5, 6),
        Seeds.instanceSeed("t.x", 2, p, 5, 6),
        Seeds.instanceSeed("t.x", 1, q, 5, 6),
        Seeds.instanceSeed("t.x", 1, p, 6, 5),
        Seeds.instanceSeed("t.x", 1, p, 6, 6),
        Seeds.instanceSeed("t.x", 1, p, 5, 7))).doesNotContain(base).doesNotHaveDuplicates();
    // (seed s, index i+1) and (seed s+1, index i) are unrelated.
    assertThat(Seeds.instanceSeed("t.x", 1, p, 5, 7)).isNotEqualTo(Seeds.instanceSeed("t.x", 1, p, 6, 6));
  }
}
