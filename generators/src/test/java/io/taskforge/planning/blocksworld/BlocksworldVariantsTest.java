package io.taskforge.planning.blocksworld;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.planning.core.Simulation;
import io.taskforge.planning.pddl.Fact;
import io.taskforge.planning.pddl.Pddl;
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.planning.pddl.StripsModel;
import io.taskforge.search.BreadthFirst;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 3-operator encoding, the obfuscated ("mystery") variant, the model and the PDDL export. */
class BlocksworldVariantsTest {
  private final BlocksworldTask task = new BlocksworldTask();

  private Params params(int level, int operators, boolean obfuscate) {
    return task.resolve(level, Map.of("operators", String.valueOf(operators), "obfuscate", String.valueOf(obfuscate)));
  }

  private Generated<BlocksworldProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 5, index)));
  }

  /** The gold in the usual names (obfuscated names mapped back by position). */
  private static String usual(BlocksworldProblem p, String plan) {
    List<String> natural = BlocksworldProblem.naturalActions(p.operators());
    List<String> out = new ArrayList<>();
    for (String line : plan.split("\n")) {
      String[] w = line.split(" ", 2);
      out.add(natural.get(p.actions().indexOf(w[0])) + " " + w[1]);
    }
    return String.join("\n", out);
  }

  @Test
  void threeOperatorGoldPlansAreValidAndHalfAsLongAsTheFourOperatorOnes() {
    for (int level = 1; level <= 10; level++) {
      Params three = params(level, 3, false);
      Params four = params(level, 4, false);
      for (int i = 0; i < 15; i++) {
        // The same random stream gives the same configurations in both encodings.
        Generated<BlocksworldProblem> g3 = task.generate(three, new Rng(1000L * level + i));
        Generated<BlocksworldProblem> g4 = task.generate(four, new Rng(1000L * level + i));
        assertThat(g3.problem().initial()).isEqualTo(g4.problem().initial());
        assertThat(g3.problem().goal()).isEqualTo(g4.problem().goal());
        assertThat(g3.problem().actions()).containsExactly("move-b-to-b", "move-b-to-t", "move-t-to-b");
        ReferenceBlocksworld.State start = ReferenceBlocksworld.state(g3.problem().initial());
        ReferenceBlocksworld.State goal = ReferenceBlocksworld.state(g3.problem().goal());
        assertThat(ReferenceBlocksworld.isGoal(ReferenceBlocksworld.replay(start, g3.answer()), goal))
            .as("level %s index %s", level, i).isTrue();
        int length3 = g3.answer().split("\n").length;
        assertThat(((Number) g3.metrics().get("plan_length")).intValue()).isEqualTo(length3);
        if ((Boolean) g3.metrics().get("optimal_proven") && (Boolean) g4.metrics().get("optimal_proven")) {
          assertThat(2 * length3).isEqualTo(g4.answer().split("\n").length);
        }
        if (level <= 4) {
          assertThat(2 * length3).isEqualTo(ReferenceBlocksworld.optimalLength(start, goal));
        }
      }
    }
  }

  @Test
  void obfuscatedNamesAreFreshUnrelatedWordsThatThePlanAndThePromptUse() {
    Set<List<String>> namings = new HashSet<>();
    Set<String> forbidden = Set.of("pick", "put", "stack", "hand", "table", "block", "holding", "clear", "move",
        "tower", " on ", "top");
    for (int operators : new int[] {3, 4}) {
      for (int level = 1; level <= 8; level++) {
        Params params = params(level, operators, true);
        for (int i = 0; i < 10; i++) {
          Generated<BlocksworldProblem> g = generate(params, i);
          BlocksworldProblem p = g.problem();
          List<String> words = new ArrayList<>(p.actions());
          words.addAll(p.predicates());
          assertThat(words).doesNotHaveDuplicates().allSatisfy(w -> assertThat(Obfuscation.WORDS).contains(w));
          namings.add(words);
          for (String line : g.answer().split("\n")) {
            assertThat(p.actions()).contains(line.split(" ")[0]);
          }
          ReferenceBlocksworld.State end =
              ReferenceBlocksworld.replay(ReferenceBlocksworld.state(p.initial()), usual(p, g.answer()));
          assertThat(ReferenceBlocksworld.isGoal(end, ReferenceBlocksworld.state(p.goal()))).isTrue();
          List<String> shown = new ArrayList<>();
          shown.add((String) g.view().get("initial_facts"));
          shown.add((String) g.view().get("goal_facts"));
          shown.add((String) g.view().get("format_text"));
          for (Object o : (List<?>) g.view().get("domain_lines")) {
            shown.add((String) o);
          }
          for (String text : shown) {
            for (String f : forbidden) {
              assertThat(text.toLowerCase(Locale.ROOT)).as(text).doesNotContain(f);
            }
          }
        }
      }
    }
    assertThat(namings).as("names are drawn per instance").hasSizeGreaterThan(100);
  }

  @Test
  void theObfuscatedDomainIsDescribedFromItsPddlActions() {
    BlocksworldProblem p = new BlocksworldProblem(List.of("A", "B"), List.of(List.of("A", "B")),
        List.of(List.of("B", "A")), 4, true, List.of("ember", "quiver", "orbit", "ripple"),
        List.of("tangle", "meadow", "velvet", "sprout", "yearn"), false, 4, true);
    PddlFiles pddl = BlocksworldPddl.of(p);
    assertThat(Obfuscation.describe(pddl.domain().actions().get(0))).isEqualTo(
        "ember X: possible only when velvet X, meadow X and yearn hold; afterwards sprout X holds, "
            + "and meadow X, velvet X and yearn no longer hold.");
    BlocksworldProblem q = new BlocksworldProblem(List.of("A", "B"), List.of(List.of("A", "B")),
        List.of(List.of("B", "A")), 3, true, List.of("ember", "quiver", "orbit"),
        List.of("tangle", "meadow", "velvet"), false, 2, true);
    assertThat(Obfuscation.describe(BlocksworldPddl.of(q).domain().actions().get(0))).isEqualTo(
        "ember X Y Z: possible only when velvet X, velvet Z and tangle X Y hold and X and Z are different "
            + "objects; afterwards tangle X Z and velvet Y hold, and velvet Z and tangle X Y no longer hold.");
  }

  @Test
  void breadthFirstSearchOverTheModelFindsTheGoldLength() {
    for (int operators : new int[] {3, 4}) {
      for (int n = 3; n <= 5; n++) {
        Params params = task.resolve(5, Map.of("blocks", String.valueOf(n), "operators", String.valueOf(operators)));
        for (int i = 0; i < 20; i++) {
          Generated<BlocksworldProblem> g = generate(params, i);
          BlocksworldModel model = BlocksworldModel.of(g.problem());
          SearchResult<BlocksAction> r = BreadthFirst.search(model.searchSpace(), SearchLimits.expansions(1_000_000));
          assertThat(r.solved()).isTrue();
          assertThat(r.cost()).as("ops %s n %s index %s", operators, n, i).isEqualTo(g.answer().split("\n").length);
        }
      }
    }
  }

  @Test
  void pddlExportsReadBackAndTheGoldSolvesThemInTheStripsInterpreter() {
    for (int operators : new int[] {3, 4}) {
      for (boolean obfuscate : new boolean[] {false, true}) {
        for (int level = 1; level <= 7; level++) {
          Params params = params(level, operators, obfuscate);
          for (int i = 0; i < 4; i++) {
            Generated<BlocksworldProblem> g = generate(params, i);
            PddlFiles files = task.pddl(g.problem());
            assertThat(Pddl.parseDomain(files.domainText())).isEqualTo(files.domain());
            assertThat(Pddl.parseProblem(files.problemText())).isEqualTo(files.problem());
            StripsModel strips = new StripsModel(Pddl.parseDomain(files.domainText()),
                Pddl.parseProblem(files.problemText()));
            List<Fact> plan = new ArrayList<>();
            for (String line : g.answer().split("\n")) {
              plan.add(Pddl.parseAction("(" + line + ")"));
            }
            Simulation<ImmutableSet<Fact>> run = Simulation.run(strips, plan);
            assertThat(run.solved()).as("%s ops, obfuscated %s, level %s: %s", operators, obfuscate, level,
                run.violation()).isTrue();
            // Every prefix leaves as many goal facts unmet in the interpreter as in the model.
            BlocksworldModel model = BlocksworldModel.of(g.problem());
            List<BlocksAction> actions = read(model, g.answer());
            for (int k = 0; k < plan.size(); k++) {
              Simulation<ImmutableSet<Fact>> a = Simulation.run(strips, plan.subList(0, k));
              Simulation<BlocksState> b = Simulation.run(model, actions.subList(0, k));
              assertThat(a.unmetGoals()).hasSameSizeAs(b.unmetGoals());
            }
            if (level <= 2) {
              SearchResult<Fact> r = BreadthFirst.search(strips.searchSpace(), SearchLimits.expansions(1_000_000));
              assertThat(r.cost()).isEqualTo(plan.size());
            }
          }
        }
      }
    }
  }

  @Test
  void theModelAppliesExactlyTheActionsThePddlDomainAllows() {
    for (int operators : new int[] {3, 4}) {
      Params params = task.resolve(2, Map.of("operators", String.valueOf(operators)));
      for (int i = 0; i < 6; i++) {
        Generated<BlocksworldProblem> g = generate(params, i);
        BlocksworldModel model = BlocksworldModel.of(g.problem());
        PddlFiles files = task.pddl(g.problem());
        StripsModel strips = new StripsModel(files.domain(), files.problem());
        BlocksState s = model.initial();
        ImmutableSet<Fact> t = strips.initial();
        int n = g.problem().blocks().size();
        for (BlocksAction step : read(model, g.answer())) {
          for (Operator op : model.operatorSet()) {
            int combos = (int) Math.pow(n, op.arity());
            for (int c = 0; c < combos; c++) {
              int[] args = new int[op.arity()];
              for (int k = 0, rest = c; k < args.length; k++, rest /= n) {
                args[k] = rest % n;
              }
              BlocksAction a = BlocksAction.of(op, args);
              Fact f = Pddl.parseAction("(" + a.text(model.actionNames(), g.problem().blocks()) + ")");
              assertThat(model.violation(s, a) == null).as("%s in %s", f, t).isEqualTo(strips.violation(t, f) == null);
            }
          }
          t = strips.apply(t, Pddl.parseAction("(" + step.text(model.actionNames(), g.problem().blocks()) + ")"));
          s = model.apply(s, step);
        }
        assertThat(model.isGoal(s)).isTrue();
        assertThat(strips.isGoal(t)).isTrue();
      }
    }
  }

  private static List<BlocksAction> read(BlocksworldModel model, String plan) {
    List<BlocksAction> out = new ArrayList<>();
    for (String line : plan.split("\n")) {
      String[] w = line.toLowerCase(Locale.ROOT).split(" ");
      Operator op = model.operator(w[0]);
      int[] args = new int[w.length - 1];
      for (int k = 1; k < w.length; k++) {
        args[k - 1] = model.block(w[k]);
      }
      out.add(BlocksAction.of(op, args));
    }
    return out;
  }
}
