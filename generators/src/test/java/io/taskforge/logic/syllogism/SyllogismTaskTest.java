package io.taskforge.logic.syllogism;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyllogismTaskTest {
  private final SyllogismTask task = new SyllogismTask();

  /** The textbook list of the 15 forms valid without existential import. */
  private static final Set<String> TEXTBOOK_VALID = Set.of(
      "AAA-1", "EAE-1", "AII-1", "EIO-1", "EAE-2", "AEE-2", "EIO-2", "AOO-2",
      "IAI-3", "AII-3", "OAO-3", "EIO-3", "AEE-4", "IAI-4", "EIO-4");
  /** The 9 forms valid only with existential import (Barbari, Celaront, Cesaro, Camestros, Darapti, Felapton, Bamalip, Calemos, Fesapo). */
  private static final Set<String> TEXTBOOK_CONDITIONAL = Set.of(
      "AAI-1", "EAO-1", "EAO-2", "AEO-2", "AAI-3", "EAO-3", "AAI-4", "AEO-4", "EAO-4");

  private Generated<SyllogismProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 31, index)));
  }

  @Test
  void goldAnswerIsTheTextbookValidityAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 200; i++) {
        Generated<SyllogismProblem> g = generate(p, i);
        String form = g.problem().mood() + "-" + g.problem().figure();
        assertThat(g.answer()).as("level %d index %d form %s", level, i, form)
            .isEqualTo(TEXTBOOK_VALID.contains(form) ? "valid" : "invalid");
        assertThat(((Map<?, ?>) g.solution()).get("form")).isEqualTo(form);
      }
    }
  }

  @Test
  void theSamplingListsCoverAllFormsAndTheNearMissesAreTheTextbookTraps() {
    assertThat(SyllogisticForm.ALL).hasSize(256).doesNotHaveDuplicates();
    assertThat(SyllogismTask.VALID).extracting(SyllogisticForm::code).containsExactlyInAnyOrderElementsOf(TEXTBOOK_VALID);
    assertThat(SyllogismTask.INVALID).hasSize(241);
    // Near misses: valid with existential import, or a valid mood in another figure.
    Set<String> expected = new HashSet<>(TEXTBOOK_CONDITIONAL);
    for (String v : TEXTBOOK_VALID) {
      for (int f = 1; f <= 4; f++) {
        String other = v.substring(0, 4) + f;
        if (!TEXTBOOK_VALID.contains(other)) {
          expected.add(other);
        }
      }
    }
    assertThat(SyllogismTask.NEAR_MISSES).extracting(SyllogisticForm::code).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).hasSize(26);
  }

  @Test
  void validAndInvalidAreBalancedAndEveryFormOccurs() {
    Params p = task.level(1);
    Set<String> forms = new HashSet<>();
    int valid = 0;
    int total = 6000;
    for (int i = 0; i < total; i++) {
      Generated<SyllogismProblem> g = generate(p, i);
      forms.add(g.problem().mood() + "-" + g.problem().figure());
      valid += g.answer().equals("valid") ? 1 : 0;
    }
    assertThat(valid).isBetween(total * 45 / 100, total * 55 / 100);
    assertThat(forms).hasSize(256);
  }

  @Test
  void nearMissLevelsDrawInvalidFormsOnlyFromTheTraps() {
    Params p = task.level(7);
    for (int i = 0; i < 200; i++) {
      Generated<SyllogismProblem> g = generate(p, i);
      String form = g.problem().mood() + "-" + g.problem().figure();
      if (g.answer().equals("invalid")) {
        assertThat(SyllogismTask.NEAR_MISSES).extracting(SyllogisticForm::code).contains(form);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // An independent reader of the English sentences, to check every wording says the standard form.

  /** A categorical statement: type and subject/predicate plurals. */
  record St(char type, String x, String y) {
    /** Equal up to the conversions that keep meaning (E and I are symmetric). */
    boolean sameAs(St o) {
      return type == o.type && ((x.equals(o.x) && y.equals(o.y))
          || ((type == 'E' || type == 'I') && x.equals(o.y) && y.equals(o.x)));
    }
  }

  private static St readStandard(String s) {
    Matcher m = Pattern.compile("(All|No|Some) (.+?) are (not )?(.+)").matcher(s);
    assertThat(m.matches()).as(s).isTrue();
    char type = switch (m.group(1)) {
      case "All" -> 'A';
      case "No" -> 'E';
      default -> m.group(3) == null ? 'I' : 'O';
    };
    return new St(type, m.group(2), m.group(4));
  }

  /** Reads a shown sentence with the plural of every term known (singulars are found via the pool). */
  private static St readSentence(String sentence, Map<String, String> pluralOfSingular) {
    String s = sentence.substring(0, sentence.length() - 1); // drop the period
    s = s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    String[][] patterns = {
      {"all (.+) are (.+)", "A", "p", "p"},
      {"every (.+) is an? (.+)", "A", "s", "s"},
      {"only (.+) are (.+)", "A!", "p", "p"},
      {"there is no (.+) that is not an? (.+)", "A", "s", "s"},
      {"anything that is an? (.+) is an? (.+)", "A", "s", "s"},
      {"if something is an? (.+), then it is not an? (.+)", "E", "s", "s"},
      {"if something is an? (.+), then it is an? (.+)", "A", "s", "s"},
      {"it is not true that some (.+) are not (.+)", "A", "p", "p"},
      {"no (.+) is an? (.+)", "E", "s", "s"},
      {"there is no (.+) that is an? (.+)", "E", "s", "s"},
      {"nothing that is an? (.+) is an? (.+)", "E", "s", "s"},
      {"it is not true that some (.+) are (.+)", "E", "p", "p"},
      {"it is not true that no (.+) are (.+)", "I", "p", "p"},
      {"it is not true that all (.+) are (.+)", "O", "p", "p"},
      {"no (.+) are (.+)", "E", "p", "p"},
      {"at least one (.+) is not an? (.+)", "O", "s", "s"},
      {"at least one (.+) is an? (.+)", "I", "s", "s"},
      {"there is an? (.+) that is not an? (.+)", "O", "s", "s"},
      {"there is an? (.+) that is an? (.+)", "I", "s", "s"},
      {"not every (.+) fails to be an? (.+)", "I", "s", "s"},
      {"not every (.+) is an? (.+)", "O", "s", "s"},
      {"not all (.+) are (.+)", "O", "p", "p"},
      {"some (.+) are not (.+)", "O", "p", "p"},
      {"some (.+) are (.+)", "I", "p", "p"},
    };
    for (String[] pat : patterns) {
      Matcher m = Pattern.compile(pat[0]).matcher(s);
      if (m.matches()) {
        String x = pat[2].equals("s") ? pluralOfSingular.get(m.group(1)) : m.group(1);
        String y = pat[3].equals("s") ? pluralOfSingular.get(m.group(2)) : m.group(2);
        assertThat(x).as("subject of %s", sentence).isNotNull();
        assertThat(y).as("predicate of %s", sentence).isNotNull();
        // "Only Y are X" is "All X are Y".
        return pat[1].equals("A!") ? new St('A', y, x) : new St(pat[1].charAt(0), x, y);
      }
    }
    throw new AssertionError("unreadable sentence: " + sentence);
  }

  private static Map<String, String> pluralsBySingular() {
    Map<String, String> m = new java.util.HashMap<>();
    for (List<Term> pool : List.of(TermPools.EVERYDAY, TermPools.NONSENSE, TermPools.BELIEF)) {
      for (Term t : pool) {
        m.put(t.singular(), t.plural());
      }
    }
    return m;
  }

  @Test
  void shownSentencesSayExactlyThePremisesAndDistractorsAndTheConclusion() {
    Map<String, String> plurals = pluralsBySingular();
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      SyllogismParams sp = SyllogismParams.from(p);
      for (int i = 0; i < 60; i++) {
        Generated<SyllogismProblem> g = generate(p, i);
        SyllogismProblem pr = g.problem();
        List<St> expected = new ArrayList<>();
        pr.premises().forEach(s -> expected.add(readStandard(s)));
        pr.distractors().forEach(s -> expected.add(readStandard(s)));
        List<?> shown = (List<?>) g.view().get("statements");
        assertThat(shown).hasSize(2 + sp.distractors());
        assertThat(pr.distractors()).hasSize(sp.distractors());
        List<St> remaining = new ArrayList<>(expected);
        for (Object line : shown) {
          St read = readSentence((String) line, plurals);
          St match = remaining.stream().filter(read::sameAs).findFirst()
              .orElse(null);
          assertThat(match).as("level %d: %s matches none of %s", level, line, expected).isNotNull();
          remaining.remove(match);
          if (!sp.varied()) {
            assertThat(readStandard(((String) line).substring(0, ((String) line).length() - 1))).isEqualTo(read);
          }
        }
        if (!sp.shuffle()) {
          assertThat(readSentence((String) shown.get(0), plurals).sameAs(expected.get(0))).isTrue();
          assertThat(readSentence((String) shown.get(1), plurals).sameAs(expected.get(1))).isTrue();
        }
        St conclusion = readStandard(pr.conclusion());
        assertThat(readSentence((String) g.view().get("conclusion"), plurals).sameAs(conclusion)).isTrue();
        assertThat(conclusion.x()).isEqualTo(pr.subject());
        assertThat(conclusion.y()).isEqualTo(pr.predicate());
      }
    }
  }

  @Test
  void premisesHaveTheStatedMoodAndFigure() {
    for (int level : new int[] {1, 5, 10}) {
      Params p = task.level(level);
      for (int i = 0; i < 100; i++) {
        SyllogismProblem pr = generate(p, i).problem();
        St major = readStandard(pr.premises().get(0));
        St minor = readStandard(pr.premises().get(1));
        St conclusion = readStandard(pr.conclusion());
        assertThat("" + major.type() + minor.type() + conclusion.type()).isEqualTo(pr.mood());
        String s = pr.subject();
        String m = pr.middle();
        String q = pr.predicate();
        int figure = major.x().equals(m) && major.y().equals(q)
            ? (minor.x().equals(s) && minor.y().equals(m) ? 1 : minor.x().equals(m) && minor.y().equals(s) ? 3 : -1)
            : major.x().equals(q) && major.y().equals(m)
                ? (minor.x().equals(s) && minor.y().equals(m) ? 2 : minor.x().equals(m) && minor.y().equals(s) ? 4 : -1)
                : -1;
        assertThat(figure).isEqualTo(pr.figure());
      }
    }
  }

  /**
   * Distractors are about other terms and satisfiable together: every existential one has a witness
   * individual that breaks no universal one. So they cannot change validity.
   */
  @Test
  void distractorsAreAboutOtherTermsAndConsistent() {
    for (int level = 2; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 60; i++) {
        SyllogismProblem pr = generate(p, i).problem();
        List<St> ds = pr.distractors().stream().map(SyllogismTaskTest::readStandard).toList();
        List<String> terms = new ArrayList<>();
        for (St d : ds) {
          assertThat(List.of(d.x(), d.y())).doesNotContain(pr.subject(), pr.middle(), pr.predicate());
          for (String t : List.of(d.x(), d.y())) {
            if (!terms.contains(t)) {
              terms.add(t);
            }
          }
        }
        assertThat(ds).doesNotHaveDuplicates();
        for (St e : ds) {
          if (e.type() == 'I' || e.type() == 'O') {
            assertThat(hasWitness(e, ds, terms)).as("level %d index %d: %s", level, i, pr.distractors()).isTrue();
          }
        }
      }
    }
  }

  private static boolean hasWitness(St existential, List<St> all, List<String> terms) {
    int k = terms.size();
    for (int individual = 0; individual < (1 << k); individual++) {
      final int ind = individual;
      java.util.function.Predicate<String> in = t -> ((ind >> terms.indexOf(t)) & 1) == 1;
      if (!in.test(existential.x()) || in.test(existential.y()) != (existential.type() == 'I')) {
        continue;
      }
      boolean ok = true;
      for (St u : all) {
        if (u.type() == 'A' && in.test(u.x()) && !in.test(u.y())) {
          ok = false;
        }
        if (u.type() == 'E' && in.test(u.x()) && in.test(u.y())) {
          ok = false;
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  @Test
  void beliefTermsMakeTheConclusionsRealWorldTruthTheOppositeOfValidity() {
    Params p = task.level(8);
    Map<String, String> parentOf = new java.util.HashMap<>();
    for (Term t : TermPools.BELIEF) {
      parentOf.put(t.plural(), t.parent() < 0 ? null : TermPools.BELIEF.get(t.parent()).plural());
    }
    for (int i = 0; i < 100; i++) {
      Generated<SyllogismProblem> g = generate(p, i);
      St c = readStandard(g.problem().conclusion());
      boolean xInY = ancestorOrSelf(c.x(), c.y(), parentOf);
      boolean overlap = xInY || ancestorOrSelf(c.y(), c.x(), parentOf);
      boolean realWorld = switch (c.type()) {
        case 'A' -> xInY;
        case 'E' -> !overlap;
        case 'I' -> overlap;
        default -> !xInY;
      };
      assertThat(realWorld).as(g.problem().conclusion()).isEqualTo(g.answer().equals("invalid"));
    }
  }

  private static boolean ancestorOrSelf(String x, String y, Map<String, String> parentOf) {
    for (String t = x; t != null; t = parentOf.get(t)) {
      if (t.equals(y)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void problemRoundTripsThroughJson() {
    for (int level : new int[] {1, 5, 10}) {
      Generated<SyllogismProblem> g = generate(task.level(level), 3);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, SyllogismProblem.class)).isEqualTo(g.problem());
      assertThat(tree.get("premises")).hasSize(2);
      assertThat(tree.get("mood").asText()).hasSize(3);
      Json.MAPPER.valueToTree(g.solution());
    }
  }

  @Test
  void levelFiveIsTheDefault() {
    assertThat(task.level(5)).isEqualTo(task.schema().defaults());
  }
}
