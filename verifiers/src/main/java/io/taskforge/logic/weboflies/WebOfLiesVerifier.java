package io.taskforge.logic.weboflies;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Keywords;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.Arrays;
import java.util.List;

/**
 * Scores {@code yes}/{@code no} against the asked person's honesty, derived from the sentences.
 *
 * <p>Each {@code says} sentence is the constraint "speaker is truthful exactly when the claim about
 * the other person holds", i.e. the two people are alike (both truthful or both liars) when the
 * claim is "tells the truth" and opposite when it is "lies". From the people whose honesty is given,
 * a breadth-first pass over these constraints fixes everyone connected to them, in time linear in
 * the sentences. A contradiction, or an asked person left undetermined, is a corrupt problem.
 */
public final class WebOfLiesVerifier implements Verifier<WebOfLiesProblem> {
  static final int MAX_PEOPLE = 10_000;

  @Override
  public String taskId() {
    return WebOfLiesTask.ID;
  }

  @Override
  public Class<WebOfLiesProblem> problemType() {
    return WebOfLiesProblem.class;
  }

  @Override
  public Verdict verify(WebOfLiesProblem problem, String response) {
    Derived d = derive(problem);
    if (d.error() != null) {
      return Verdict.of(Status.BAD_PROBLEM, d.error());
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    int word = Keywords.match(extracted.answer(), "yes", "no");
    if (word < 0) {
      return Verdict.invalidFormat("the answer must be the single word yes or no, got "
          + Keywords.quote(extracted.answer()));
    }
    String name = problem.people().get(problem.question());
    String fact = name + (d.truthful() ? " tells the truth" : " lies") + ", as follows from "
        + d.via() + "'s given honesty";
    return (word == 0) == d.truthful() ? Verdict.correct(fact) : Verdict.wrong(fact);
  }

  record Derived(boolean truthful, String via, String error) {}

  static Derived derive(WebOfLiesProblem problem) {
    if (problem == null || problem.people().isEmpty() || problem.people().size() > MAX_PEOPLE) {
      return new Derived(false, null, "the instance has no people, or too many");
    }
    int n = problem.people().size();
    List<WebOfLiesProblem.Sentence> sentences = problem.sentences();
    if (problem.question() < 0 || problem.question() >= n) {
      return new Derived(false, null, "the question is about someone who is not in the puzzle");
    }
    // Adjacency lists in arrays: for each person, the (other person, same?) pairs of 'says' sentences.
    int[] degree = new int[n];
    for (int s = 0; s < sentences.size(); s++) {
      WebOfLiesProblem.Sentence st = sentences.get(s);
      if (st == null || st.kind() == null || st.person() < 0 || st.person() >= n) {
        return new Derived(false, null, "sentence " + (s + 1) + " is missing or about someone who is not in the puzzle");
      }
      if (st.kind().equals(WebOfLiesProblem.SAYS)) {
        if (st.about() < 0 || st.about() >= n) {
          return new Derived(false, null, "sentence " + (s + 1) + " speaks about someone who is not in the puzzle");
        }
        degree[st.person()]++;
        degree[st.about()]++;
      }
    }
    int[][] other = new int[n][];
    boolean[][] same = new boolean[n][];
    for (int i = 0; i < n; i++) {
      other[i] = new int[degree[i]];
      same[i] = new boolean[degree[i]];
      degree[i] = 0;
    }
    for (WebOfLiesProblem.Sentence st : sentences) {
      if (st.kind().equals(WebOfLiesProblem.SAYS)) {
        int a = st.person();
        int b = st.about();
        other[a][degree[a]] = b;
        same[a][degree[a]++] = st.truthful();
        other[b][degree[b]] = a;
        same[b][degree[b]++] = st.truthful();
      }
    }
    // value: 0 unknown, 1 truthful, 2 liar; root: whose given honesty fixed it.
    byte[] value = new byte[n];
    int[] root = new int[n];
    Arrays.fill(root, -1);
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (WebOfLiesProblem.Sentence st : sentences) {
      if (st.kind().equals(WebOfLiesProblem.STATUS)) {
        byte v = (byte) (st.truthful() ? 1 : 2);
        int p = st.person();
        if (value[p] == 0) {
          value[p] = v;
          root[p] = p;
          queue[tail++] = p;
        } else if (value[p] != v) {
          return new Derived(false, null, "the sentences contradict each other about " + problem.people().get(p));
        }
      }
    }
    while (head < tail) {
      int a = queue[head++];
      for (int k = 0; k < other[a].length; k++) {
        int b = other[a][k];
        byte v = same[a][k] ? value[a] : (byte) (3 - value[a]);
        if (value[b] == 0) {
          value[b] = v;
          root[b] = root[a];
          queue[tail++] = b;
        } else if (value[b] != v) {
          return new Derived(false, null, "the sentences contradict each other about " + problem.people().get(b));
        }
      }
    }
    int q = problem.question();
    if (value[q] == 0) {
      return new Derived(false, null, "nothing determines whether " + problem.people().get(q) + " tells the truth");
    }
    return new Derived(value[q] == 1, problem.people().get(root[q]), null);
  }
}
