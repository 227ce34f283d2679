package io.taskforge.logic.weboflies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WebOfLiesTaskTest {
  private final WebOfLiesTask task = new WebOfLiesTask();

  private Generated<WebOfLiesProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 5, index)));
  }

  private static boolean consistent(WebOfLiesProblem pr, long truthful) {
    for (WebOfLiesProblem.Sentence s : pr.sentences()) {
      boolean speaker = ((truthful >>> s.person()) & 1) == 1;
      if (s.kind().equals(WebOfLiesProblem.STATUS) && speaker != s.truthful()) {
        return false;
      }
      if (s.kind().equals(WebOfLiesProblem.SAYS)) {
        boolean about = ((truthful >>> s.about()) & 1) == 1;
        boolean claimTrue = about == s.truthful();
        if (speaker != claimTrue) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Brute force over every truth assignment: the answers the consistent assignments give to the
   * question ("yes", "no", both, or none).
   */
  private static String bruteForce(WebOfLiesProblem pr) {
    int n = pr.people().size();
    boolean yes = false;
    boolean no = false;
    for (long a = 0; a < (1L << n); a++) {
      if (consistent(pr, a)) {
        if (((a >>> pr.question()) & 1) == 1) {
          yes = true;
        } else {
          no = true;
        }
      }
    }
    return yes && no ? "both" : yes ? "yes" : no ? "no" : "none";
  }

  /**
   * For webs too large to enumerate: Gaussian elimination over GF(2), variable i = person i lies.
   * Returns the forced answer, or "both"/"none".
   */
  private static String elimination(WebOfLiesProblem pr) {
    int n = pr.people().size();
    assertThat(n).isLessThan(64);
    java.util.List<long[]> rows = new java.util.ArrayList<>(); // {mask, rhs}
    for (WebOfLiesProblem.Sentence s : pr.sentences()) {
      if (s.kind().equals(WebOfLiesProblem.STATUS)) {
        rows.add(new long[] {1L << s.person(), s.truthful() ? 0 : 1});
      } else if (s.kind().equals(WebOfLiesProblem.SAYS)) {
        // lies(speaker) xor lies(about) = 1 exactly when the claim is "lies".
        rows.add(new long[] {(1L << s.person()) ^ (1L << s.about()), s.truthful() ? 0 : 1});
      }
    }
    int r = 0;
    for (int col = 0; col < n && r < rows.size(); col++) {
      int pivot = -1;
      for (int i = r; i < rows.size(); i++) {
        if (((rows.get(i)[0] >>> col) & 1) == 1) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      java.util.Collections.swap(rows, r, pivot);
      long[] p = rows.get(r);
      for (int i = 0; i < rows.size(); i++) {
        if (i != r && ((rows.get(i)[0] >>> col) & 1) == 1) {
          rows.get(i)[0] ^= p[0];
          rows.get(i)[1] ^= p[1];
        }
      }
      r++;
    }
    for (long[] row : rows) {
      if (row[0] == 0 && row[1] == 1) {
        return "none";
      }
    }
    long q = 1L << pr.question();
    for (long[] row : rows) {
      if (row[0] == q) {
        return row[1] == 0 ? "yes" : "no";
      }
    }
    return "both";
  }

  @Test
  void goldIsForcedByTheSentencesAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 80; i++) {
        Generated<WebOfLiesProblem> g = generate(p, i);
        WebOfLiesProblem pr = g.problem();
        String forced = pr.people().size() <= 14 ? bruteForce(pr) : elimination(pr);
        assertThat(forced).as("level %d index %d", level, i).isEqualTo(g.answer());
        if (pr.people().size() <= 14) {
          assertThat(elimination(pr)).isEqualTo(forced);
        }
      }
    }
  }

  @Test
  void deliversTheChainAndDistractorsAsked() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      WebOfLiesParams wp = WebOfLiesParams.from(p);
      for (int i = 0; i < 40; i++) {
        Generated<WebOfLiesProblem> g = generate(p, i);
        WebOfLiesProblem pr = g.problem();
        assertThat(pr.sentences()).hasSize(1 + wp.chain() + wp.distractors());
        // The question's distance from a person whose honesty is given, over 'says' sentences, is the chain.
        assertThat(distanceFromGiven(pr)).isEqualTo(wp.chain());
        assertThat(pr.people()).doesNotHaveDuplicates();
        if (!wp.reversed()) {
          assertThat(g.metrics().get("reversed")).isEqualTo(0);
        }
        // Every person is mentioned, and people are listed in order of first mention.
        int next = 0;
        for (WebOfLiesProblem.Sentence s : pr.sentences()) {
          for (int who : new int[] {s.person(), s.about()}) {
            if (who >= next) {
              assertThat(who).isEqualTo(next);
              next++;
            }
          }
        }
        assertThat(next).isEqualTo(pr.people().size());
      }
    }
  }

  private static int distanceFromGiven(WebOfLiesProblem pr) {
    int n = pr.people().size();
    int[] dist = new int[n];
    java.util.Arrays.fill(dist, Integer.MAX_VALUE);
    for (WebOfLiesProblem.Sentence s : pr.sentences()) {
      if (s.kind().equals(WebOfLiesProblem.STATUS)) {
        dist[s.person()] = 0;
      }
    }
    for (int round = 0; round < n; round++) {
      for (WebOfLiesProblem.Sentence s : pr.sentences()) {
        if (s.kind().equals(WebOfLiesProblem.SAYS)) {
          int a = s.person();
          int b = s.about();
          if (dist[a] != Integer.MAX_VALUE) {
            dist[b] = Math.min(dist[b], dist[a] + 1);
          }
          if (dist[b] != Integer.MAX_VALUE) {
            dist[a] = Math.min(dist[a], dist[b] + 1);
          }
        }
      }
    }
    return dist[pr.question()];
  }

  private static final Pattern[] TRUTHFUL_CLAIMS = {
    Pattern.compile("(\\w+) says (\\w+) tells the truth\\."),
    Pattern.compile("(\\w+) claims that (\\w+) is honest\\."),
    Pattern.compile("According to (\\w+), (\\w+) tells the truth\\."),
    Pattern.compile("(\\w+) says (\\w+) does not lie\\."),
    Pattern.compile("(\\w+) insists that (\\w+) never lies\\."),
  };
  private static final Pattern[] LYING_CLAIMS = {
    Pattern.compile("(\\w+) says (\\w+) lies\\."),
    Pattern.compile("(\\w+) claims that (\\w+) is a liar\\."),
    Pattern.compile("According to (\\w+), (\\w+) lies\\."),
    Pattern.compile("(\\w+) says (\\w+) does not tell the truth\\."),
    Pattern.compile("(\\w+) insists that (\\w+) never tells the truth\\."),
  };
  private static final Pattern[] TRUTHFUL = {
    Pattern.compile("(\\w+) tells the truth\\."), Pattern.compile("(\\w+) is honest\\."),
    Pattern.compile("(\\w+) always tells the truth\\."), Pattern.compile("(\\w+) never lies\\."),
  };
  private static final Pattern[] LIAR = {
    Pattern.compile("(\\w+) lies\\."), Pattern.compile("(\\w+) is a liar\\."),
    Pattern.compile("(\\w+) always lies\\."), Pattern.compile("(\\w+) never tells the truth\\."),
  };

  /** Reads a sentence text back as (kind, person, about, truthful); facts only as (fact, person). */
  private static WebOfLiesProblem.Sentence read(String text, List<String> people) {
    for (Pattern[] group : List.of(TRUTHFUL_CLAIMS, LYING_CLAIMS)) {
      for (Pattern p : group) {
        Matcher m = p.matcher(text);
        if (m.matches()) {
          return new WebOfLiesProblem.Sentence(WebOfLiesProblem.SAYS, people.indexOf(m.group(1)),
              people.indexOf(m.group(2)), group == TRUTHFUL_CLAIMS, text);
        }
      }
    }
    for (Pattern[] group : List.of(TRUTHFUL, LIAR)) {
      for (Pattern p : group) {
        Matcher m = p.matcher(text);
        if (m.matches()) {
          return new WebOfLiesProblem.Sentence(WebOfLiesProblem.STATUS, people.indexOf(m.group(1)), -1,
              group == TRUTHFUL, text);
        }
      }
    }
    String first = text.substring(0, text.indexOf(' '));
    assertThat(text).doesNotContainPattern("\\b(truth|lies?|liar|honest)\\b");
    return new WebOfLiesProblem.Sentence(WebOfLiesProblem.FACT, people.indexOf(first), -1, false, text);
  }

  @Test
  void sentenceTextsSayWhatTheStructureSays() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 30; i++) {
        Generated<WebOfLiesProblem> g = generate(p, i);
        WebOfLiesProblem pr = g.problem();
        for (WebOfLiesProblem.Sentence s : pr.sentences()) {
          assertThat(read(s.text(), pr.people())).isEqualTo(s);
        }
        assertThat(g.view().get("question_person")).isEqualTo(pr.people().get(pr.question()));
      }
    }
  }

  @Test
  void yesAndNoAreBalanced() {
    Params p = task.level(5);
    int yes = 0;
    for (int i = 0; i < 1000; i++) {
      yes += generate(p, i).answer().equals("yes") ? 1 : 0;
    }
    assertThat(yes).isBetween(440, 560);
  }

  @Test
  void solutionTracesThePath() {
    Generated<WebOfLiesProblem> g = generate(task.level(6), 1);
    Map<?, ?> solution = (Map<?, ?>) g.solution();
    assertThat((List<?>) solution.get("steps")).hasSize(1 + 8);
    assertThat(solution.get("answer")).isEqualTo(g.answer());
    Map<?, ?> truthful = (Map<?, ?>) solution.get("truthful");
    assertThat(truthful.get(g.problem().people().get(g.problem().question()))).isEqualTo(g.answer().equals("yes"));
  }

  @Test
  void problemRoundTripsThroughJson() {
    for (int level : new int[] {1, 5, 10}) {
      Generated<WebOfLiesProblem> g = generate(task.level(level), 8);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, WebOfLiesProblem.class)).isEqualTo(g.problem());
    }
  }
}
