package io.taskforge.datasets.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {
  @Test
  void behavesLikeASetOfLongsThroughGrowth() {
    LongSet s = new LongSet(4);
    Set<Long> reference = new HashSet<>();
    long x = 7;
    for (int i = 0; i < 200_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      long v = i % 3 == 0 ? (x >>> 50) : i % 7 == 0 ? 0 : x; // small values repeat; 0 is a value too
      assertThat(s.add(v)).isEqualTo(reference.add(v));
    }
    assertThat(s.size()).isEqualTo(reference.size());
    for (long v : reference) {
      assertThat(s.contains(v)).isTrue();
    }
    assertThat(s.contains(123456789L) == reference.contains(123456789L)).isTrue();
  }
}
