package io.taskforge.datasets.contamination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramsTest {
  @Test
  void tokensAreRunsOfLettersAndDigitsLowercased() {
    assertThat(Ngrams.tokens("Heidi says: \"I am a KNIGHT.\"")).containsExactly("heidi", "says", "i", "am", "a", "knight");
    assertThat(Ngrams.tokens("ÇAĞ Ödev")).containsExactly("çağ", "ödev");
  }

  @Test
  void symbolsAreTokensSoExpressionsDiffer() {
    assertThat(Ngrams.tokens("(3 + 4) * -5 = x")).containsExactly("(", "3", "+", "4", ")", "*", "-", "5", "=", "x");
    assertThat(Ngrams.of("what is 3 + 4", 5)).isNotEqualTo(Ngrams.of("what is 3 * 4", 5));
  }

  @Test
  void hashesIgnoreCasePunctuationAndSpacing() {
    assertThat(Ngrams.of("The cat, sat ON the mat!", 3)).containsExactly(Ngrams.of("the CAT sat on  the\nmat", 3));
    assertThat(Ngrams.of("one two three", 3)).hasSize(1);
    assertThat(Ngrams.of("one two", 3)).isEmpty();
    assertThat(Ngrams.of("a b c d", 2)).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  void streamingInPiecesGivesTheSameHashesAsAWholeText() throws IOException {
    String text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu 😀 nu xi omicron pi rho sigma";
    List<Long> streamed = new ArrayList<>();
    Ngrams g = new Ngrams(4, streamed::add);
    // Split inside words and inside the surrogate pair of the emoji.
    int cut = text.indexOf('😀') + 1;
    g.accept(text.substring(0, 7));
    g.accept(text.substring(7, cut));
    g.accept(new StringReader(text.substring(cut)));
    long[] whole = Ngrams.of(text, 4);
    assertThat(streamed).hasSize(whole.length);
    for (int i = 0; i < whole.length; i++) {
      assertThat(streamed.get(i)).isEqualTo(whole[i]);
    }
  }

  @Test
  void theSameWordsInAnotherOrderDoNotMatch() {
    assertThat(Ngrams.of("a b c", 3)[0]).isNotEqualTo(Ngrams.of("c b a", 3)[0]);
    assertThat(Ngrams.of("a b c", 3)[0]).isNotEqualTo(Ngrams.of("a b c", 2)[0]);
  }
}
