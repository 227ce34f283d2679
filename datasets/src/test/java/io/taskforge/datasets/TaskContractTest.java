package io.taskforge.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.taskforge.core.Instance;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.ParamType;
import io.taskforge.core.Params;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.check.CheckConfig;
import io.taskforge.datasets.check.CheckReport;
import io.taskforge.datasets.check.CheckRun;
import io.taskforge.datasets.check.Judge;
import io.taskforge.datasets.check.LocalJudge;
import io.taskforge.templates.TemplateRenderer;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every registered task must meet (DESIGN.md, "The task contract"). New tasks inherit
 * these tests by being on the class path.
 */
class TaskContractTest {
  private static final TemplateRenderer RENDERER = new TemplateRenderer();
  private static final int[] GOLDEN_LEVELS = {1, 5, 10};
  private static final int GOLDEN_PER_LEVEL = 2;

  static InstanceFactory factory(Task<?> task, int level, long seed, String template) {
    return new InstanceFactory(task, task.level(level), level, seed, template, RENDERER);
  }

  static String line(Instance i) {
    return new String(Jsonl.line(i), StandardCharsets.UTF_8);
  }

  @Test
  void theThreeExemplarTasksAreRegistered() {
    assertThat(Tasks.ids()).contains("arithmetic.expression", "logic.knights-knaves", "planning.blocksworld");
    assertThat(Verifiers.all().keySet()).containsAll(Tasks.ids());
  }

  /** Every registered task, or only those named in {@code -Dtaskforge.tasks=id,id} (for quick runs). */
  private static Stream<Task<?>> tasksUnderTest() {
    String only = System.getProperty("taskforge.tasks", "").strip();
    Stream<Task<?>> all = Tasks.all().values().stream().map(t -> (Task<?>) t);
    if (only.isEmpty()) {
      return all;
    }
    Set<String> ids = Set.of(only.split("\\s*,\\s*"));
    return all.filter(t -> ids.contains(t.id()));
  }

  @TestFactory
  Stream<DynamicNode> everyTask() {
    return tasksUnderTest().map(task -> DynamicContainer.dynamicContainer(task.id(), List.of(
        dynamicTest("id, version and docs", () -> idAndDocs(task)),
        dynamicTest("schema defaults are the level-5 params", () -> defaultsAreLevelFive(task)),
        dynamicTest("params validation names the param and the allowed range", () -> paramValidation(task)),
        dynamicTest("the same index gives the same bytes, in any order", () -> deterministic(task)),
        dynamicTest("output is the same for 1 and 4 threads and for --start", () -> threadsAndStart(task)),
        dynamicTest("output does not depend on locale or time zone", () -> localeIndependent(task)),
        dynamicTest("(seed s, index i+1) differs from (seed s+1, index i)", () -> noSeedPlusIndex(task)),
        dynamicTest("gold answers score 1 at every level, also after a JSON round trip", () -> goldScoresOne(task)),
        dynamicTest("gold answers score 1 in every answer mode (mode=trace, optimality=true)", () -> goldInEveryMode(task)),
        dynamicTest("hostile responses score 0 and never throw", () -> hostile(task)),
        dynamicTest("at least 3 templates; each states the format and asks for <answer>", () -> templates(task)),
        dynamicTest("levels deliver rising measured difficulty", () -> difficultyRises(task)),
        dynamicTest("golden files lock the first instances", () -> golden(task)),
        dynamicTest("taskforge check: its five properties hold, mutants judged by the task's oracle",
            () -> propertyCheck(task)))));
  }

  private static void idAndDocs(Task<?> task) {
    assertThat(task.id()).matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(task.version()).isPositive();
    assertThat(task.summary()).isNotBlank();
    assertThat(task.answerFormat()).isNotBlank();
    assertThat(task.scoring()).isNotBlank();
    assertThat(task.difficultyMetrics()).isNotEmpty();
    assertThat(Verifiers.get(task.id()).problemType()).isEqualTo(task.problemType());
  }

  private static void defaultsAreLevelFive(Task<?> task) {
    assertThat(task.level(5)).isEqualTo(task.schema().defaults());
  }

  private static void paramValidation(Task<?> task) {
    assertThatThrownBy(() -> task.resolve(5, Map.of("no_such_param", "1")))
        .isInstanceOf(ParamException.class)
        .hasMessageContaining("no_such_param")
        .hasMessageContaining(task.schema().specs().get(0).name());
    assertThatThrownBy(() -> task.level(0)).isInstanceOf(ParamException.class).hasMessageContaining("1 to 10");
    assertThatThrownBy(() -> task.level(11)).isInstanceOf(ParamException.class).hasMessageContaining("1 to 10");
    for (ParamSpec spec : task.schema().specs()) {
      String bad = switch (spec.type()) {
        case INT -> String.valueOf(spec.max() + 1);
        case BOOL -> "maybe";
        case CHOICE -> "no-such-choice";
      };
      assertThatThrownBy(() -> task.resolve(5, Map.of(spec.name(), bad)))
          .as(spec.name())
          .isInstanceOf(ParamException.class)
          .hasMessageContaining("'" + spec.name() + "'")
          .hasMessageContaining(spec.type() == ParamType.INT ? "from " + spec.min() + " to " + spec.max() : "");
      if (spec.type() == ParamType.INT) {
        assertThatThrownBy(() -> task.resolve(5, Map.of(spec.name(), "x1")))
            .isInstanceOf(ParamException.class).hasMessageContaining(spec.name());
      }
    }
  }

  private static void deterministic(Task<?> task) {
    for (int level : new int[] {1, 5, 10}) {
      InstanceFactory a = factory(task, level, 7, "mix");
      InstanceFactory b = factory(task, level, 7, "mix");
      List<String> forward = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        forward.add(line(a.make(i)));
      }
      for (int i = 11; i >= 0; i--) {
        assertThat(line(b.make(i))).isEqualTo(forward.get(i));
      }
      assertThat(Set.copyOf(forward)).as("distinct instances").hasSizeGreaterThan(6);
    }
  }

  private static void threadsAndStart(Task<?> task) throws IOException {
    InstanceFactory f = factory(task, 3, 11, "mix");
    byte[] one = generate(f, 0, 600, 1);
    byte[] four = generate(f, 0, 600, 4);
    assertThat(four).isEqualTo(one);
    String[] lines = new String(one, StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(600);
    for (int i : new int[] {0, 255, 256, 257, 599}) {
      assertThat(new String(generate(f, i, 1, 4), StandardCharsets.UTF_8)).isEqualTo(lines[i] + "\n");
    }
  }

  static byte[] generate(InstanceFactory f, long start, long count, int threads) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Generation.write(f, start, count, threads, out, n -> {});
    return out.toByteArray();
  }

  private static void localeIndependent(Task<?> task) throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      byte[] reference = generate(factory(task, 6, 3, "mix"), 0, 20, 1);
      for (String tag : List.of("tr-TR", "ar-SA", "hi-IN", "de-DE", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
        assertThat(generate(factory(task, 6, 3, "mix"), 0, 20, 2)).as(tag).isEqualTo(reference);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static void noSeedPlusIndex(Task<?> task) {
    int same = 0;
    for (int i = 0; i < 20; i++) {
      Instance a = factory(task, 5, 100, "default").make(i + 1);
      Instance b = factory(task, 5, 101, "default").make(i);
      same += a.fingerprint().equals(b.fingerprint()) ? 1 : 0;
    }
    assertThat(same).isZero();
  }

  private static void goldScoresOne(Task<?> task) throws IOException {
    for (int level = 1; level <= 10; level++) {
      InstanceFactory f = factory(task, level, 2026, "mix");
      for (int i = 0; i < 15; i++) {
        Instance inst = f.make(i);
        Verdict v = Verifiers.verify(task.id(), inst.problem(), inst.answer());
        assertThat(v.score()).as("level %d index %d: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(v.correct()).isTrue();
        Verdict wrapped = Verifiers.verify(task.id(), inst.problem(),
            "Let me think step by step.\nDone.\n<answer>\n" + inst.answer() + "\n</answer>\n");
        assertThat(wrapped.correct()).as("in answer tags: %s", wrapped.reason()).isTrue();
        Instance back = Jsonl.readInstance(line(inst));
        assertThat(line(back)).isEqualTo(line(inst));
        assertThat(Verifiers.verify(task.id(), back.problem(), inst.answer())).isEqualTo(v);
      }
    }
  }

  /**
   * Tasks with a {@code mode} choice (arithmetic traces) or an {@code optimality} flag (planning):
   * the gold answer of every other mode value scores 1 too, and every template in trace mode states
   * the {@code Result:} line of the trace format.
   */
  private static void goldInEveryMode(Task<?> task) throws IOException {
    List<Map<String, String>> variants = new ArrayList<>();
    for (ParamSpec p : task.schema().specs()) {
      if (p.name().equals("mode") && p.type() == ParamType.CHOICE) {
        p.choices().forEach(c -> variants.add(Map.of("mode", c)));
      }
      if (p.name().equals("optimality") && p.type() == ParamType.BOOL) {
        variants.add(Map.of("optimality", "true"));
      }
    }
    for (Map<String, String> variant : variants) {
      for (int level = 1; level <= 10; level++) {
        Params params = task.resolve(level, variant);
        InstanceFactory f = new InstanceFactory(task, params, level, 77, "mix", RENDERER);
        for (int i = 0; i < 6; i++) {
          Instance inst = f.make(i);
          Verdict v = Verifiers.verify(task.id(), inst.problem(), inst.answer());
          assertThat(v.correct()).as("%s level %d index %d: %s", variant, level, i, v.reason()).isTrue();
          Instance back = Jsonl.readInstance(line(inst));
          assertThat(Verifiers.verify(task.id(), back.problem(), "<answer>\n" + inst.answer() + "\n</answer>").correct())
              .as("%s after a JSON round trip, in answer tags", variant).isTrue();
        }
      }
    }
    if (variants.contains(Map.of("mode", "trace"))) {
      for (String template : RENDERER.names(task.id())) {
        Instance tr = new InstanceFactory(task, task.resolve(3, Map.of("mode", "trace")), 3, 1, template, RENDERER).make(0);
        assertThat(tr.prompt()).as("template %s in trace mode states the Result: line", template).containsIgnoringCase("result:");
      }
      Instance tr = new InstanceFactory(task, task.resolve(3, Map.of("mode", "trace")), 3, 1, "default", RENDERER).make(0);
      assertThat(tr.answer()).as("the trace-mode gold shows its steps").contains("\n").containsIgnoringCase("result:");
    }
  }

  private static void hostile(Task<?> task) {
    InstanceFactory f = factory(task, 4, 5, "default");
    // Prefer an instance whose gold is not itself one of the single-token hostile responses below;
    // tasks whose every answer is one word (True/False, yes/no) skip only their own gold token.
    Set<String> tokens = Set.of("yes", "no", "none", "true", "false", "unsat", "impossible", "valid", "invalid");
    Instance inst = f.make(0);
    for (int i = 1; i < 60 && (inst.answer().strip().length() < 3
        || tokens.contains(inst.answer().strip().toLowerCase(Locale.ROOT))); i++) {
      inst = f.make(i);
    }
    StringBuilder junk = new StringBuilder(10_000_000);
    long x = 1;
    while (junk.length() < 10_000_000) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      junk.append((char) ((x >>> 33) % 0xFFFF));
    }
    String ten = "x".repeat(10_000_000);
    List<String> hostile = new ArrayList<>(Arrays.asList(
        "", " ", "\n\t\n", "yes", "no", "0", "1", "A", "True", "False", "none", "UNSAT", "impossible",
        inst.prompt(),
        "<answer>", "</answer>", "<answer></answer>", "<answer><answer></answer>",
        "<answer>" + "<answer>".repeat(1000), "</answer>".repeat(1000),
        "\u0000\u0001\u0002\u001b[31m", "\uD800\uDC00\uDFFF\uD800", "Answer:", "Answer: ",
        "<answer>\u0000</answer>", "{\"answer\": null}", "[]", "{}", "NaN", "Infinity", "-0", "1/0", "0/0",
        "<answer>" + inst.answer() + "</answer>\n<answer>I am not sure. 42 knights.</answer>",
        junk.toString(), ten, "<answer>" + ten + "</answer>", "Answer: " + "\n".repeat(100_000)));
    for (String r : hostile) {
      if (r.strip().equalsIgnoreCase(inst.answer().strip())) {
        continue;
      }
      Verdict v = Verifiers.verify(task.id(), inst.problem(), r);
      assertThat(v.status()).as("response of length %d", r.length()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.score()).as("response %s -> %s", abbreviate(r), v.reason()).isZero();
      assertThat(v.reason()).isNotBlank();
    }
    // Another instance's gold, and the gold of another level: never an exception.
    for (int i = 1; i < 30; i++) {
      for (int level : new int[] {1, 10}) {
        Instance other = factory(task, level, 5, "default").make(i);
        Verdict v = Verifiers.verify(task.id(), inst.problem(), other.answer());
        assertThat(v.reason()).isNotBlank();
        assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...(" + s.length() + " chars)";
  }

  private static void templates(Task<?> task) {
    List<String> names = RENDERER.names(task.id());
    assertThat(names).hasSizeGreaterThanOrEqualTo(3).contains("default");
    Set<String> prompts = new HashSet<>();
    for (String name : names) {
      for (int level : new int[] {1, 10}) {
        Instance inst = factory(task, level, 9, name).make(0);
        assertThat(inst.template()).isEqualTo(name);
        assertThat(inst.prompt()).as(name).contains("<answer>").contains("</answer>").doesNotContain("${");
        prompts.add(inst.prompt());
      }
    }
    assertThat(prompts).as("templates differ").hasSizeGreaterThanOrEqualTo(names.size());
    Set<String> mixed = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      mixed.add(factory(task, 5, 9, "mix").make(i).template());
    }
    assertThat(mixed).as("mix uses every template").containsExactlyInAnyOrderElementsOf(names);
  }

  private static void difficultyRises(Task<?> task) {
    int n = 21;
    for (String metric : task.difficultyMetrics()) {
      long[] medians = new long[11];
      for (int level = 1; level <= 10; level++) {
        InstanceFactory f = factory(task, level, 77, "default");
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
          Instance inst = f.make(i);
          assertThat(inst.metrics()).as("metric %s", metric).containsKey(metric);
          values[i] = inst.metric(metric, Long.MIN_VALUE);
        }
        Arrays.sort(values);
        medians[level] = values[n / 2];
        if (level > 1) {
          assertThat(medians[level]).as("median %s at level %d vs %d: %s", metric, level, level - 1,
              Arrays.toString(medians)).isGreaterThanOrEqualTo(medians[level - 1]);
        }
      }
      assertThat(medians[10]).as("median %s at level 10 vs 1", metric).isGreaterThan(medians[1]);
    }
  }

  private static void golden(Task<?> task) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int level : GOLDEN_LEVELS) {
      InstanceFactory f = factory(task, level, 42, "mix");
      for (int i = 0; i < GOLDEN_PER_LEVEL; i++) {
        sb.append(line(f.make(i)));
      }
    }
    Path file = goldenDir().resolve(task.id() + ".jsonl");
    if (Boolean.getBoolean("taskforge.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file; if the task changed on purpose, bump its version and regenerate with "
        + "mvn -pl datasets test -Dtaskforge.updateGolden=true").exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    String[] want = expected.split("\n");
    String[] got = sb.toString().split("\n");
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      assertThat(i < got.length ? got[i] : "<missing>")
          .as("golden line %d of %s changed: bump %s's version and regenerate", i + 1, file.getFileName(), task.id())
          .isEqualTo(i < want.length ? want[i] : "<missing>");
    }
  }

  private static Path goldenDir() {
    // Surefire runs in the module directory.
    return Path.of("src/test/resources/golden");
  }

  /** The harness of {@code taskforge check} on a few instances per level (the 10 MB responses are sent above). */
  private static void propertyCheck(Task<?> task) {
    CheckReport report;
    try (Judge judge = LocalJudge.registered()) {
      report = CheckRun.run(CheckConfig.of(task.id()).count(3).heavy(false), judge, n -> {});
    }
    assertThat(report.failures()).as(report.render()).isEmpty();
  }

  static Params params(Task<?> task, int level) {
    return task.level(level);
  }
}
