package io.taskforge.logic.weboflies;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.logic.names.PersonNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.web-of-lies}: one person's honesty is given, a chain of people say whether the next
 * one tells the truth or lies, and the question is whether the person at the end of the chain tells
 * the truth (BIG-bench's web_of_lies, with longer chains, statements pointing either way along the
 * chain, and distractors).
 *
 * <p>Distractors are of three kinds: side branches (someone says something about a person of the
 * web, or a person of the web about a newcomer: determined, but off the path to the question),
 * separate webs with their own given honesty, and irrelevant remarks ("Bogdan plays the oboe.").
 * None of them changes the answer.
 */
public final class WebOfLiesTask implements Task<WebOfLiesProblem> {
  public static final String ID = "logic.web-of-lies";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("chain", 6, 1, 40,
          "statements on the path from the person whose honesty is given to the person asked about"),
      ParamSpec.integer("distractors", 3, 0, 30,
          "extra sentences that do not bear on the answer: side branches, separate webs, irrelevant remarks"),
      ParamSpec.bool("shuffle", true,
          "whether all sentences are shown in random order (else the chain is told in order, distractors among it)"),
      ParamSpec.choice("phrasing", "standard", List.of("standard", "varied"),
          "standard: 'X says Y lies.'; varied: also 'According to X, Y is honest.', 'X says Y does not lie.', ..."),
      ParamSpec.bool("reversed", false,
          "whether a chain statement may point backwards (the earlier person speaking about the later one)"));

  /** chain, distractors, shuffle (0/1), varied (0/1), reversed (0/1) per level 1..10. */
  private static final int[][] LADDER = {
    {2, 0, 0, 0, 0},
    {3, 0, 0, 0, 0},
    {4, 1, 0, 0, 0},
    {5, 2, 0, 0, 0},
    {6, 3, 1, 0, 0},
    {8, 4, 1, 1, 1},
    {10, 6, 1, 1, 1},
    {14, 8, 1, 1, 1},
    {18, 10, 1, 1, 1},
    {25, 14, 1, 1, 1},
  };

  private static final int BRANCH = 0;
  private static final int SEPARATE = 1;
  private static final int FACT = 2;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Follow a chain of 'X says Y lies / tells the truth' to decide whether the last person tells the truth.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("chain", row[0]);
    all.put("distractors", row[1]);
    all.put("shuffle", row[2] == 1);
    all.put("phrasing", row[3] == 1 ? "varied" : "standard");
    all.put("reversed", row[4] == 1);
    return all;
  }

  @Override
  public Class<WebOfLiesProblem> problemType() {
    return WebOfLiesProblem.class;
  }

  /** A sentence before names are given: people are numbered in order of creation. */
  private record Draft(String kind, int person, int about, boolean truthful, int variant, int factKind, int factChoice) {}

  @Override
  public Generated<WebOfLiesProblem> generate(Params params, Rng rng) {
    WebOfLiesParams p = WebOfLiesParams.from(params);
    int chain = p.chain();
    List<Boolean> truth = new ArrayList<>();
    // The chain: person 0's honesty is given; edge i joins persons i-1 and i.
    List<Draft> path = new ArrayList<>(chain + 1);
    truth.add(rng.nextBoolean());
    path.add(new Draft(WebOfLiesProblem.STATUS, 0, -1, truth.get(0), statusVariant(p, rng), 0, 0));
    int reversedEdges = 0;
    for (int i = 1; i <= chain; i++) {
      truth.add(rng.nextBoolean());
      boolean back = p.reversed() && rng.nextBoolean();
      reversedEdges += back ? 1 : 0;
      path.add(says(back ? i - 1 : i, back ? i : i - 1, truth, p, rng));
    }

    // Distractors: side branches of the main web, separate webs, irrelevant remarks.
    List<Integer> web = new ArrayList<>();
    for (int i = 0; i <= chain; i++) {
      web.add(i);
    }
    List<Integer> separate = new ArrayList<>();
    List<Draft> distractors = new ArrayList<>(p.distractors());
    for (int d = 0; d < p.distractors(); d++) {
      int kind = pickKind(rng);
      if (kind == FACT) {
        int who = rng.chance(1, 3) ? newPerson(truth, rng) : rng.nextInt(truth.size());
        distractors.add(new Draft(WebOfLiesProblem.FACT, who, -1, false, 0,
            rng.nextInt(Wording.FACT_KINDS), rng.nextInt(Wording.FACT_CHOICES)));
      } else if (kind == SEPARATE && separate.isEmpty()) {
        int r = newPerson(truth, rng);
        separate.add(r);
        distractors.add(new Draft(WebOfLiesProblem.STATUS, r, -1, truth.get(r), statusVariant(p, rng), 0, 0));
      } else {
        List<Integer> component = kind == SEPARATE ? separate : web;
        int old = component.get(rng.nextInt(component.size()));
        int q = newPerson(truth, rng);
        component.add(q);
        distractors.add(rng.nextBoolean() ? says(q, old, truth, p, rng) : says(old, q, truth, p, rng));
      }
    }

    // Display order.
    List<Draft> shown = new ArrayList<>(path);
    if (p.shuffle()) {
      shown.addAll(distractors);
      rng.shuffle(shown);
    } else {
      for (Draft d : distractors) {
        shown.add(rng.nextInt(shown.size() + 1), d);
      }
    }

    // People are listed (and named) in order of first mention.
    int total = truth.size();
    int[] rank = new int[total];
    Arrays.fill(rank, -1);
    int next = 0;
    for (Draft d : shown) {
      if (rank[d.person()] < 0) {
        rank[d.person()] = next++;
      }
      if (d.about() >= 0 && rank[d.about()] < 0) {
        rank[d.about()] = next++;
      }
    }
    for (int i = 0; i < total; i++) {
      if (rank[i] < 0) {
        throw new AssertionError("person " + i + " is never mentioned");
      }
    }
    List<String> names = PersonNames.pick(total, rng);
    String[] nameOf = new String[total];
    for (int i = 0; i < total; i++) {
      nameOf[i] = names.get(rank[i]);
    }

    ImmutableList.Builder<WebOfLiesProblem.Sentence> sentences = ImmutableList.builderWithExpectedSize(shown.size());
    ImmutableList.Builder<String> lines = ImmutableList.builderWithExpectedSize(shown.size());
    StringBuilder canonical = new StringBuilder(16 * shown.size());
    for (Draft d : shown) {
      String text = text(d, nameOf);
      sentences.add(new WebOfLiesProblem.Sentence(d.kind(), rank[d.person()], d.about() < 0 ? -1 : rank[d.about()],
          d.truthful(), text));
      lines.add(text);
      canonical.append(d.kind().charAt(0)).append(rank[d.person()]);
      if (d.about() >= 0) {
        canonical.append('>').append(rank[d.about()]);
      }
      if (!d.kind().equals(WebOfLiesProblem.FACT)) {
        canonical.append(d.truthful() ? 'T' : 'L');
      }
      canonical.append(';');
    }
    int question = rank[chain];
    canonical.append('?').append(question);
    List<String> people = new ArrayList<>(total);
    for (int r = 0; r < total; r++) {
      people.add(names.get(r));
    }

    boolean answerTruthful = truth.get(chain);
    ImmutableList.Builder<String> trace = ImmutableList.builder();
    trace.add(nameOf[0] + (truth.get(0) ? " tells the truth" : " lies") + " (given).");
    ImmutableMap.Builder<String, Object> pathTruth = ImmutableMap.builder();
    pathTruth.put(nameOf[0], truth.get(0));
    for (int i = 1; i <= chain; i++) {
      Draft e = path.get(i);
      boolean speakerIsNew = e.person() == i;
      String speaker = nameOf[e.person()];
      String about = nameOf[e.about()];
      String claim = speaker + " says " + about + (e.truthful() ? " tells the truth" : " lies");
      String step;
      if (speakerIsNew) {
        boolean claimTrue = e.truthful() == truth.get(e.about());
        step = claim + "; that is " + claimTrue + ", so " + speaker + (claimTrue ? " tells the truth." : " lies.");
      } else {
        boolean speakerTruthful = truth.get(e.person());
        step = claim + "; " + speaker + (speakerTruthful ? " tells the truth" : " lies") + ", so " + about
            + (truth.get(i) ? " tells the truth." : " lies.");
      }
      trace.add(step);
      pathTruth.put(nameOf[i], truth.get(i));
    }
    Map<String, Object> solution = new LinkedHashMap<>();
    solution.put("answer", answerTruthful ? "yes" : "no");
    solution.put("steps", trace.build());
    solution.put("truthful", pathTruth.buildOrThrow());

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("chain", chain)
        .put("sentences", shown.size())
        .put("distractors", distractors.size())
        .put("people", total)
        .put("reversed", reversedEdges)
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "sentences", lines.build(),
        "question_person", nameOf[chain],
        "people", people,
        "count", total);
    return Generated.of(
        new WebOfLiesProblem(people, sentences.build(), question),
        solution,
        answerTruthful ? "yes" : "no",
        metrics,
        view,
        canonical.toString());
  }

  private static int newPerson(List<Boolean> truth, Rng rng) {
    truth.add(rng.nextBoolean());
    return truth.size() - 1;
  }

  /** Branch 2 : separate web 1 : irrelevant remark 1. */
  private static int pickKind(Rng rng) {
    int r = rng.nextInt(4);
    return r < 2 ? BRANCH : r == 2 ? SEPARATE : FACT;
  }

  /** "speaker says about tells the truth/lies", whichever is consistent with both people's honesty. */
  private static Draft says(int speaker, int about, List<Boolean> truth, WebOfLiesParams p, Rng rng) {
    boolean claim = truth.get(speaker).equals(truth.get(about));
    return new Draft(WebOfLiesProblem.SAYS, speaker, about, claim,
        p.varied() ? rng.nextInt(Wording.SAYS_VARIANTS) : 0, 0, 0);
  }

  private static int statusVariant(WebOfLiesParams p, Rng rng) {
    return p.varied() ? rng.nextInt(Wording.STATUS_VARIANTS) : 0;
  }

  private static String text(Draft d, String[] nameOf) {
    return switch (d.kind()) {
      case WebOfLiesProblem.STATUS -> Wording.status(nameOf[d.person()], d.truthful(), d.variant());
      case WebOfLiesProblem.SAYS -> Wording.says(nameOf[d.person()], nameOf[d.about()], d.truthful(), d.variant());
      default -> Wording.fact(nameOf[d.person()], d.factKind(), d.factChoice());
    };
  }

  @Override
  public String answerFormat() {
    return "Answer with one word: `yes` if the person asked about tells the truth, `no` if they lie."
        + " Case does not matter (`Yes`, `NO`), and surrounding spaces, a final period and markdown"
        + " emphasis (`**yes**`) are ignored; anything else (a sentence, `true`, both words) is not read."
        + " The answer is read from the last <answer>...</answer> block (or else a final `Answer:` line).";
  }

  @Override
  public String scoring() {
    return "Score 1 (CORRECT) when the word matches the asked person's honesty, which the verifier"
        + " derives from the sentences themselves (a statement 'X says Y lies' is true exactly when Y"
        + " lies, and X tells the truth exactly when the statement is true), starting from the people"
        + " whose honesty is given; otherwise 0 (WRONG). No partial credit. An answer that is not yes"
        + " or no scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("chain", "sentences", "people");
  }
}
