package io.taskforge.planning.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.planning.scheduling.SchedulingProblem.Busy;
import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import io.taskforge.planning.scheduling.SchedulingProblem.Meeting;
import io.taskforge.planning.scheduling.SchedulingProblem.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingTaskTest {
  private final SchedulingTask task = new SchedulingTask();

  private Generated<SchedulingProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  @Test
  void levelFiveIsTheDefaultAndTheLadderGrows() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int previous = -1;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params p = task.level(level);
      int size = p.getInt("meetings") * 100 + p.getInt("constraints") * 10 + p.getInt("people");
      assertThat(size).isGreaterThan(previous);
      previous = size;
    }
    assertThat(task.level(1).getInt("unsatisfiable")).isZero();
    assertThat(task.level(10).getInt("unsatisfiable")).isEqualTo(25);
  }

  @Test
  void crossParamRulesNameTheParams() {
    assertThatThrownBy(() -> task.resolve(1, Map.of("unsatisfiable", "50", "busy", "0")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'unsatisfiable'").hasMessageContaining("'busy'");
    assertThatThrownBy(() -> task.resolve(1, Map.of("meetings", "2")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'meetings'");
    assertThatThrownBy(() -> task.resolve(5, Map.of("constraints", "11")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'constraints'");
    assertThatThrownBy(() -> task.resolve(5, Map.of("meetings", "1")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'unsatisfiable'");
  }

  @Test
  void everyInstanceIsRecheckedByAnIndependentSolverAtEveryLevel() {
    int unsatisfiable = 0;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 24; i++) {
        Generated<SchedulingProblem> g = generate(params, i);
        SchedulingProblem p = g.problem();
        assertThat(p.meetings()).hasSize(params.getInt("meetings"));
        assertThat(p.people()).hasSize(params.getInt("people"))
            .allSatisfy(x -> assertThat(x.busy()).hasSize(params.getInt("busy") * params.getInt("days")));
        assertThat(p.constraints()).hasSize(params.getInt("constraints"));
        assertThat(p.days()).hasSize(params.getInt("days"));
        ReferenceScheduler ref = new ReferenceScheduler(p, 15);
        long solutions = ref.count(1000);
        assertThat(solutions > 0).as("level %s index %s", level, i).isEqualTo(p.satisfiable());
        assertThat(g.metrics().get("solutions")).as("level %s index %s", level, i).isEqualTo((int) solutions);
        SchedulingSolution gold = (SchedulingSolution) g.solution();
        assertThat(gold.satisfiable()).isEqualTo(p.satisfiable());
        if (p.satisfiable()) {
          assertThat(gold.schedule()).hasSize(p.meetings().size());
          assertThat(g.answer()).isEqualTo(String.join("\n", gold.schedule()));
          assertThat(ref.valid(days(p, gold), starts(gold), ends(gold))).as("gold at level %s index %s", level, i).isTrue();
        } else {
          unsatisfiable++;
          assertThat(g.answer()).isEqualTo("impossible");
          assertThat(gold.schedule()).isEmpty();
        }
      }
    }
    assertThat(unsatisfiable).as("about a fifth of the instances from level 3 have no schedule").isBetween(15, 75);
  }

  @Test
  void impossibilityHoldsOnAFinerGridToo() {
    int checked = 0;
    for (int level = 3; level <= 6; level++) {
      Params params = task.resolve(level, Map.of("unsatisfiable", "100"));
      for (int i = 0; i < 6; i++) {
        SchedulingProblem p = generate(params, i).problem();
        assertThat(p.satisfiable()).isFalse();
        assertThat(new ReferenceScheduler(p, 5).count(1)).as("level %s index %s", level, i).isZero();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(24);
  }

  private static int[] days(SchedulingProblem p, SchedulingSolution s) {
    int[] d = new int[s.schedule().size()];
    for (int i = 0; i < d.length; i++) {
      String line = s.schedule().get(i);
      String day = line.substring(line.indexOf(": ") + 2, line.lastIndexOf(' '));
      d[i] = p.days().indexOf(day);
    }
    return d;
  }

  private static int[] starts(SchedulingSolution s) {
    return times(s, 0);
  }

  private static int[] ends(SchedulingSolution s) {
    return times(s, 1);
  }

  private static int[] times(SchedulingSolution s, int which) {
    int[] t = new int[s.schedule().size()];
    for (int i = 0; i < t.length; i++) {
      String line = s.schedule().get(i);
      String hhmm = line.substring(line.lastIndexOf(' ') + 1).split("-")[which];
      String[] parts = hhmm.split(":");
      t[i] = Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
    return t;
  }

  @Test
  void everyTimeIsOnTheQuarterHourAndConstraintsAreNotTrivial() {
    for (int level : new int[] {2, 5, 8, 10}) {
      for (int i = 0; i < 20; i++) {
        SchedulingProblem p = generate(task.level(level), i).problem();
        for (Person x : p.people()) {
          assertThat(x.start() % 15 + x.end() % 15).isZero();
          for (Busy b : x.busy()) {
            assertThat(b.start() % 30 + b.end() % 30).isZero();
            assertThat(b.start()).isGreaterThanOrEqualTo(x.start());
            assertThat(b.end()).isLessThanOrEqualTo(x.end());
          }
        }
        for (Meeting m : p.meetings()) {
          assertThat(m.duration() % 15).isZero();
          assertThat(m.attendees()).hasSizeBetween(2, 4).doesNotHaveDuplicates();
        }
        for (Constraint c : p.constraints()) {
          if (c.time() >= 0) {
            assertThat(c.time() % 30).isZero();
          }
        }
      }
    }
  }

  @Test
  void rulesNameTheFirstBrokenRule() {
    SchedulingProblem p = small();
    SchedulingRules rules = new SchedulingRules(p);
    int[] count = new int[1];
    // A Monday 10:30-11:30 (Alice, Bernard), B Monday 10:00-10:30 (Bernard, Carmen): valid
    assertThat(rules.firstViolation(new int[] {0, 0}, new int[] {630, 600}, new int[] {690, 630}, count)).isNull();
    assertThat(count[0]).isZero();
    assertThat(rules.firstViolation(new int[] {0, 0}, new int[] {600, 600}, new int[] {660, 630}, count))
        .isEqualTo("Bernard would be in Meeting A and Meeting B at once (Monday 10:00-11:00 and 10:00-10:30)");
    assertThat(count[0]).isEqualTo(2); // and B does not end before A starts
    assertThat(rules.firstViolation(new int[] {0, 0}, new int[] {630, 600}, new int[] {705, 630}, count))
        .isEqualTo("Meeting A lasts 75 minutes, but it must last 60");
    assertThat(rules.firstViolation(new int[] {1, 0}, new int[] {540, 600}, new int[] {600, 630}, count))
        .isEqualTo("Meeting A (Tuesday 9:00-10:00) overlaps Alice's busy slot Tuesday 9:30-10:30");
    assertThat(rules.firstViolation(new int[] {0, 0}, new int[] {780, 900}, new int[] {840, 930}, count))
        .isEqualTo("Meeting B (Monday 15:00-15:30) does not end before Meeting A (Monday 13:00-14:00) starts"
            + " (constraint: Meeting B must end before Meeting A starts)");
    assertThat(rules.firstViolation(new int[] {1, 1}, new int[] {660, 600}, new int[] {720, 630}, count))
        .isEqualTo("Carmen has Meeting B Tuesday 10:00-10:30 (constraint: Carmen does not want to meet on Tuesday)");
    assertThat(count[0]).isEqualTo(1);
    assertThat(rules.firstViolation(new int[] {0, 0}, new int[] {630, 570}, new int[] {690, 600}, count))
        .isEqualTo("Meeting B (Monday 9:30-10:00) is outside Carmen's working hours (10:00-17:00)");
  }

  /**
   * Monday and Tuesday; A (60 minutes, Alice and Bernard), B (30 minutes, Bernard and Carmen); Alice
   * is busy on Tuesday 9:30-10:30, Carmen starts at 10:00; B must end before A starts; Carmen does not
   * want to meet on Tuesday.
   */
  static SchedulingProblem small() {
    return new SchedulingProblem(List.of("Monday", "Tuesday"),
        List.of(new Person("Alice", 540, 1020, List.of(new Busy("Tuesday", 570, 630))),
            new Person("Bernard", 540, 1020, List.of()),
            new Person("Carmen", 600, 1020, List.of())),
        List.of(new Meeting("A", 60, List.of("Alice", "Bernard")), new Meeting("B", 30, List.of("Bernard", "Carmen"))),
        List.of(Constraint.before("B", "A"), Constraint.personNotOnDay("Carmen", "Tuesday")), true);
  }

  @Test
  void rulesRejectMalformedProblems() {
    SchedulingProblem p = small();
    assertThatThrownBy(() -> new SchedulingRules(new SchedulingProblem(p.days(), p.people(),
        List.of(new Meeting("A", 60, List.of("Nobody"))), List.of(), true))).hasMessageContaining("unknown attendee");
    assertThatThrownBy(() -> new SchedulingRules(new SchedulingProblem(p.days(), p.people(), p.meetings(),
        List.of(Constraint.before("A", "Z")), true))).hasMessageContaining("unknown meeting");
    assertThatThrownBy(() -> new SchedulingRules(new SchedulingProblem(p.days(), p.people(), p.meetings(),
        List.of(new Constraint("sometimes", "A", "", "", "", -1)), true))).hasMessageContaining("unknown kind");
    assertThatThrownBy(() -> new SchedulingRules(new SchedulingProblem(null, null, null, null, true)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generationIsDeterministicAndRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Params params = task.level(level);
      for (int i = 0; i < 5; i++) {
        Generated<SchedulingProblem> a = generate(params, i);
        Generated<SchedulingProblem> b = generate(params, i);
        assertThat(b.problem()).isEqualTo(a.problem());
        assertThat(b.answer()).isEqualTo(a.answer());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.view()).isEqualTo(a.view());
        assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
        JsonNode tree = Json.MAPPER.valueToTree(a.problem());
        assertThat(Json.MAPPER.convertValue(tree, SchedulingProblem.class)).isEqualTo(a.problem());
        String text = Json.MAPPER.writeValueAsString(a.problem());
        assertThat(Json.MAPPER.readValue(text, SchedulingProblem.class)).isEqualTo(a.problem());
        assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.solution()), SchedulingSolution.class))
            .isEqualTo(a.solution());
      }
    }
  }

  @Test
  void theCanonicalFormIgnoresNamesAndOrder() {
    Generated<SchedulingProblem> g = generate(task.level(6), 3);
    SchedulingProblem p = g.problem();
    // rename every person and list people and meetings backwards, meetings relabelled
    List<Person> people = new ArrayList<>();
    for (int i = p.people().size() - 1; i >= 0; i--) {
      Person x = p.people().get(i);
      people.add(new Person("P" + x.name(), x.start(), x.end(), x.busy()));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = p.meetings().size() - 1; i >= 0; i--) {
      Meeting m = p.meetings().get(i);
      meetings.add(new Meeting("M" + m.id(), m.duration(), m.attendees().stream().map(a -> "P" + a).toList()));
    }
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint c : p.constraints()) {
      constraints.add(new Constraint(c.kind(), c.meeting().isEmpty() ? "" : "M" + c.meeting(),
          c.other().isEmpty() ? "" : "M" + c.other(), c.person().isEmpty() ? "" : "P" + c.person(), c.day(), c.time()));
    }
    SchedulingProblem renamed = new SchedulingProblem(p.days(), people, meetings, constraints, p.satisfiable());
    assertThat(SchedulingTask.canonicalForm(renamed)).isEqualTo(g.canonicalForm());
    assertThat(SchedulingTask.canonicalForm(generate(task.level(6), 4).problem())).isNotEqualTo(g.canonicalForm());
  }

  @Test
  void viewDescribesEveryone() {
    Generated<SchedulingProblem> g = generate(task.level(5), 0);
    assertThat(g.view()).containsKeys("people_lines", "calendar_lines", "meeting_lines", "constraint_lines", "days",
        "example");
    assertThat((List<?>) g.view().get("people_lines")).hasSize(4);
    assertThat((List<?>) g.view().get("constraint_lines")).hasSize(4);
  }
}
