package io.taskforge.datasets.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.taskforge.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackBuildTest {
  @TempDir static Path shared;
  static Path spec;
  static Path pack;
  static PackBuilder.Result built;

  @TempDir Path dir;

  /** Big enough to be interrupted half-way. */
  static final String LARGE = "name: large\nversion: VERSION\nseed: 3\nsplits: {train: {count: 2000}}\n"
      + "tasks: [{task: arithmetic.expression, levels: [3, 4, 5]}]\n";

  @BeforeAll
  static void buildOnce() throws IOException {
    spec = Packs.write(shared, "mix.yaml", Packs.mixSpec("1.0.0", 300, 60));
    pack = shared.resolve("mix");
    built = Packs.build(spec, pack);
  }

  @Test
  void aPackHasItsManifestDataAndCard() {
    assertThat(pack.resolve("pack.json")).isRegularFile();
    assertThat(pack.resolve("README.md")).isRegularFile();
    assertThat(pack.resolve("data/train.jsonl.gz")).isRegularFile();
    assertThat(pack.resolve("data/test.jsonl.gz")).isRegularFile();
    assertThat(pack.resolve("data/arithmetic.expression/train.jsonl.gz")).isRegularFile();
    assertThat(pack.resolve("data/logic.knights-knaves/test.jsonl.gz")).isRegularFile();
    assertThat(built.records()).isEqualTo(360);
  }

  @Test
  void theManifestSaysEverythingNeededToRegenerate() throws IOException {
    JsonNode m = Json.MAPPER.readTree(pack.resolve("pack.json").toFile());
    assertThat(m.get("format").asText()).isEqualTo("taskforge-pack/1");
    assertThat(m.get("name").asText()).isEqualTo("test-mix");
    assertThat(m.get("version").asText()).isEqualTo("1.0.0");
    assertThat(m.get("taskforge_version").asText()).isNotBlank();
    assertThat(m.get("canary").asText()).matches("[0-9a-f-]{36}");
    assertThat(m.get("spec").get("seed").asLong()).isEqualTo(2026);
    assertThat(m.get("spec").get("tasks").get(1).get("levels").toString()).isEqualTo("[1]");
    JsonNode task = m.get("tasks").get(0);
    assertThat(task.get("task").asText()).isEqualTo("arithmetic.expression");
    assertThat(task.get("version").asInt()).isPositive();
    assertThat(task.get("params_by_level").has("1")).isTrue();
    assertThat(task.get("params_by_level").get("1").get("operands").asInt()).isEqualTo(2);
    JsonNode train = m.get("splits").get("train");
    assertThat(train.get("seed").asLong()).isPositive();
    assertThat(train.get("count").asLong()).isEqualTo(300);
    assertThat(train.get("skipped").has("indices")).isTrue();
    long sum = 0;
    for (JsonNode levels : m.get("counts").get("train")) {
      for (JsonNode n : levels) {
        sum += n.asLong();
      }
    }
    assertThat(sum).isEqualTo(300);
    assertThat(m.get("counts").get("test").get("arithmetic.expression").has("3")).isTrue();
    assertThat(m.get("histograms").get("train").get("arithmetic.expression").has("operands")).isTrue();
    List<String> files = new ArrayList<>();
    for (JsonNode f : m.get("files")) {
      files.add(f.get("path").asText());
      assertThat(f.get("sha256").asText()).matches("[0-9a-f]{64}");
    }
    assertThat(files).contains("data/train.jsonl.gz", "data/test.jsonl.gz", "data/logic.knights-knaves/train.jsonl.gz", "README.md");
    assertThat(m.get("files").get(0).get("lines").asLong()).isEqualTo(300);
  }

  @Test
  void everyRecordHasTheSameFlatFields() throws IOException {
    for (String split : List.of("train", "test")) {
      List<String> lines = Packs.lines(pack.resolve("data/" + split + ".jsonl.gz"));
      Set<String> tasks = new HashSet<>();
      for (String line : lines) {
        JsonNode r = Json.MAPPER.readTree(line);
        List<String> fields = new ArrayList<>();
        r.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isEqualTo(PackRecord.FIELDS);
        for (String f : PackRecord.JSON_FIELDS) {
          assertThat(r.get(f).isTextual()).as(f).isTrue();
          Json.MAPPER.readTree(r.get(f).asText());
        }
        assertThat(r.get("split").asText()).isEqualTo(split);
        assertThat(r.get("canary").asText()).isEqualTo(built.manifest().get("canary").asText());
        assertThat(r.get("seed").asLong()).isEqualTo(built.manifest().get("splits").get(split).get("seed").asLong());
        tasks.add(r.get("task").asText());
        if (split.equals("test")) {
          assertThat(r.get("level").asInt()).isIn(3, 4);
        }
      }
      assertThat(tasks).containsExactlyInAnyOrder("arithmetic.expression", "logic.knights-knaves");
    }
  }

  @Test
  void perTaskFilesHoldEachTasksRecordsInOrder() throws IOException {
    List<String> all = Packs.lines(pack.resolve("data/train.jsonl.gz"));
    List<String> arithmetic = Packs.lines(pack.resolve("data/arithmetic.expression/train.jsonl.gz"));
    List<String> logic = Packs.lines(pack.resolve("data/logic.knights-knaves/train.jsonl.gz"));
    assertThat(arithmetic).isEqualTo(all.stream().filter(l -> l.contains("\"task\":\"arithmetic.expression\"")).toList());
    assertThat(logic).isEqualTo(all.stream().filter(l -> l.contains("\"task\":\"logic.knights-knaves\"")).toList());
  }

  @Test
  void noFingerprintIsInTwoRecordsOrTwoSplits() throws IOException {
    Set<String> seen = new HashSet<>();
    for (String split : List.of("train", "test")) {
      for (String line : Packs.lines(pack.resolve("data/" + split + ".jsonl.gz"))) {
        assertThat(seen.add(Json.MAPPER.readTree(line).get("fingerprint").asText())).as("unique fingerprint").isTrue();
      }
    }
    assertThat(seen).hasSize(360);
  }

  @Test
  void duplicatesAreSkippedAndRecorded() throws IOException {
    // Level 1 arithmetic has a few hundred distinct problems: 300 draws repeat some.
    JsonNode skipped = built.manifest().get("splits").get("train").get("skipped");
    assertThat(skipped.get("duplicate").asLong()).isPositive();
    assertThat(skipped.get("indices").size()).isEqualTo(skipped.get("duplicate").asInt() + skipped.get("excluded").asInt());
    Set<Long> indices = new HashSet<>();
    for (String line : Packs.lines(pack.resolve("data/train.jsonl.gz"))) {
      indices.add(Json.MAPPER.readTree(line).get("index").asLong());
    }
    for (JsonNode i : skipped.get("indices")) {
      assertThat(indices).doesNotContain(i.asLong());
    }
    // Each record whose planned index was skipped got a spare index, counted from 2^40.
    long primariesSkipped = 0;
    for (JsonNode i : skipped.get("indices")) {
      primariesSkipped += i.asLong() < 300 ? 1 : 0;
    }
    assertThat(indices.stream().filter(i -> i >= SplitRun.SPARE_BASE).count()).isEqualTo(primariesSkipped);
    assertThat(indices.stream().filter(i -> i >= 300 && i < SplitRun.SPARE_BASE)).isEmpty();
  }

  @Test
  void theSameSpecGivesTheSameBytesForAnyThreadCount() throws IOException {
    Path again = dir.resolve("again");
    PackBuilder.build(PackSpec.read(spec), again, new PackBuilder.Options(false, 1), n -> {});
    for (Path f : files(pack)) {
      assertThat(Files.readAllBytes(again.resolve(pack.relativize(f).toString()))).as(f.toString()).isEqualTo(Files.readAllBytes(f));
    }
    assertThat(files(again)).hasSameSizeAs(files(pack));
  }

  @Test
  void theManifestsSpecRebuildsTheSamePack() throws IOException {
    Path specJson = dir.resolve("spec.json");
    Files.writeString(specJson, built.manifest().get("spec").toString());
    Path again = dir.resolve("from-manifest");
    Packs.build(specJson, again);
    for (Path f : files(pack)) {
      assertThat(Files.readAllBytes(again.resolve(pack.relativize(f).toString()))).as(f.toString()).isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void gzipFilesHaveNoTimestamp() throws IOException {
    byte[] gz = Files.readAllBytes(pack.resolve("data/train.jsonl.gz"));
    assertThat(new byte[] {gz[0], gz[1], gz[2], gz[3], gz[4], gz[5], gz[6], gz[7]})
        .containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0);
  }

  @Test
  void theCardHasFrontMatterThatHubsRead() throws IOException {
    String card = Files.readString(pack.resolve("README.md"));
    assertThat(card).startsWith("---\n");
    String front = card.substring(4, card.indexOf("\n---\n", 4));
    JsonNode y = new YAMLMapper().readTree(front);
    assertThat(y.get("pretty_name").asText()).isEqualTo("test-mix 1.0.0");
    assertThat(y.get("license").asText()).isEqualTo("cc-by-4.0");
    assertThat(y.get("tags").toString()).contains("taskforge", "arithmetic", "logic");
    assertThat(y.get("canary").asText()).contains(built.manifest().get("canary").asText());
    JsonNode configs = y.get("configs");
    assertThat(configs.get(0).get("config_name").asText()).isEqualTo("default");
    assertThat(configs.get(0).get("data_files").get(0).get("split").asText()).isEqualTo("train");
    assertThat(configs.get(0).get("data_files").get(0).get("path").asText()).isEqualTo("data/train.jsonl.gz");
    List<String> names = new ArrayList<>();
    Iterator<JsonNode> it = configs.elements();
    it.forEachRemaining(c -> names.add(c.get("config_name").asText()));
    assertThat(names).containsExactly("default", "arithmetic.expression", "logic.knights-knaves");
    for (JsonNode c : configs) {
      for (JsonNode f : c.get("data_files")) {
        assertThat(pack.resolve(f.get("path").asText())).isRegularFile();
      }
    }
    String body = card.substring(card.indexOf("\n---\n") + 5);
    assertThat(body).contains("# test-mix 1.0.0", "Answer format", "taskforge pack eval", "taskforge pack check",
        "Do not train on the `test` split", built.manifest().get("canary").asText(), "level 3");
  }

  @Test
  void everyRegisteredTaskPacksAndChecks() throws IOException {
    // Any task on the class path can be packed: its problems fit the flat schema and regenerate.
    StringBuilder tasks = new StringBuilder();
    for (String id : io.taskforge.core.Tasks.ids()) {
      // Low planning levels can have very few distinct instances up to isomorphism (hanoi levels 1-3
      // are "move the whole tower", river-crossing level 2 is the one classic missionaries puzzle),
      // which dedup rightly refuses to repeat; planning tasks are packed at levels 4-6 instead.
      String levels = id.startsWith("planning.") ? "[4, 5, 6]" : "[1, 2, 3]";
      tasks.append("  - {task: ").append(id).append(", levels: ").append(levels).append(", template: mix}\n");
    }
    int count = 4 * io.taskforge.core.Tasks.ids().size();
    Path s = Packs.write(dir, "all.yaml", "name: every-task\nversion: 1.0.0\nseed: 11\nsplits: {train: {count: " + count + "}}\n"
        + "tasks:\n" + tasks);
    PackBuilder.Result r = Packs.build(s, dir.resolve("all"));
    assertThat(r.records()).isEqualTo(count);
    assertThat(PackChecker.check(dir.resolve("all"), 2, n -> {}).problems()).isEmpty();
    for (String id : io.taskforge.core.Tasks.ids()) {
      assertThat(read(dir.resolve("all/README.md"))).contains("### " + id);
    }
  }

  @Test
  void anEarlierPackIsExcluded() throws IOException {
    // The same spec under another name draws the same problems; excluding the first pack skips them all.
    String again = Packs.mixSpec("1.0.0", 300, 60).replace("name: test-mix", "name: test-mix-two");
    Path plain = Packs.write(dir, "plain.yaml", again);
    Path excluding = Packs.write(dir, "excluding.yaml", again + "exclude: [" + pack + "]\n");
    Set<String> earlier = fingerprints(pack);
    Set<String> withoutExclusion = fingerprints(Packs.build(plain, dir.resolve("plain")).dir());
    assertThat(withoutExclusion).isEqualTo(earlier);
    PackBuilder.Result r = Packs.build(excluding, dir.resolve("excluding"));
    Set<String> later = fingerprints(r.dir());
    assertThat(later).hasSize(360).doesNotContainAnyElementsOf(earlier);
    assertThat(r.excluded()).isGreaterThanOrEqualTo(300);
    JsonNode ex = r.manifest().get("exclude").get(0);
    assertThat(ex.get("name").asText()).isEqualTo("test-mix");
    assertThat(ex.get("fingerprints").asLong()).isEqualTo(360);
    assertThat(r.manifest().get("splits").get("train").get("skipped").get("excluded").asLong()).isPositive();
    // And check regenerates it without the earlier pack, from the recorded skips.
    assertThat(PackChecker.check(r.dir(), 2, n -> {}).problems()).isEmpty();
  }

  @Test
  void anExistingDirectoryIsReplacedOnlyWithForce() throws IOException {
    Path target = dir.resolve("p");
    Path small = Packs.write(dir, "small.yaml", Packs.mixSpec("1.0.0", 20, 5));
    Packs.build(small, target);
    assertThatThrownBy(() -> Packs.build(small, target))
        .isInstanceOf(PackException.class).hasMessageContaining("already exists; use --force");
    Path bigger = Packs.write(dir, "bigger.yaml", Packs.mixSpec("1.0.1", 30, 5));
    PackBuilder.build(PackSpec.read(bigger), target, new PackBuilder.Options(true, 2), n -> {});
    assertThat(Json.MAPPER.readTree(target.resolve("pack.json").toFile()).get("version").asText()).isEqualTo("1.0.1");
    assertThat(siblings(dir)).containsExactlyInAnyOrder("p", "small.yaml", "bigger.yaml");

    Path notAPack = Files.createDirectories(dir.resolve("home"));
    Files.writeString(notAPack.resolve("thesis.tex"), "precious");
    assertThatThrownBy(() -> PackBuilder.build(PackSpec.read(small), notAPack, new PackBuilder.Options(true, 2), n -> {}))
        .isInstanceOf(PackException.class).hasMessageContaining("is not a taskforge pack; not replacing it");
    assertThat(notAPack.resolve("thesis.tex")).hasContent("precious");
  }

  @Test
  void aBuildThatFailsHalfWayLeavesNoPack() throws IOException {
    Path target = dir.resolve("broken");
    Path s = Packs.write(dir, "s.yaml", LARGE.replace("VERSION", "1.0.0"));
    assertThatThrownBy(() -> PackBuilder.build(PackSpec.read(s), target, new PackBuilder.Options(false, 2), n -> {
      if (n >= 1000) {
        throw new IllegalStateException("simulated crash after " + n + " records");
      }
    })).hasMessageContaining("simulated crash");
    assertThat(target).doesNotExist();
    assertThat(siblings(dir)).containsExactly("s.yaml");
  }

  @Test
  void aFailedForcedBuildKeepsTheOldPack() throws IOException {
    Path target = dir.resolve("kept");
    Path small = Packs.write(dir, "small.yaml", Packs.mixSpec("1.0.0", 20, 5));
    Packs.build(small, target);
    byte[] before = Files.readAllBytes(target.resolve("pack.json"));
    Path big = Packs.write(dir, "big.yaml", LARGE.replace("VERSION", "2.0.0"));
    assertThatThrownBy(() -> PackBuilder.build(PackSpec.read(big), target, new PackBuilder.Options(true, 2), n -> {
      if (n >= 500) {
        throw new IllegalStateException("simulated crash");
      }
    })).hasMessageContaining("simulated crash");
    assertThat(Files.readAllBytes(target.resolve("pack.json"))).isEqualTo(before);
    assertThat(PackChecker.check(target, 2, n -> {}).ok()).isTrue();
    assertThat(siblings(dir)).containsExactlyInAnyOrder("kept", "small.yaml", "big.yaml");
  }

  @Test
  void aSpecThatCannotBeFilledSaysSo() throws IOException {
    // Level 1 arithmetic has a few hundred distinct problems; ask for many more.
    Path s = Packs.write(dir, "s.yaml", "name: too-many\nversion: 1.0.0\nseed: 1\nsplits: {train: {count: 2000}}\n"
        + "tasks: [{task: arithmetic.expression, level: 1, params: {operands: 2, digits: 1}}]\n");
    assertThatThrownBy(() -> Packs.build(s, dir.resolve("p")))
        .isInstanceOf(PackException.class)
        .hasMessageContaining("split 'train' cannot be filled")
        .hasMessageContaining("arithmetic.expression at level 1");
    assertThat(dir.resolve("p")).doesNotExist();
  }

  @Test
  void aMissingExcludedPackIsNamed() throws IOException {
    Path s = Packs.write(dir, "s.yaml", Packs.mixSpec("1.0.0", 5, 5, "exclude: [no/such/pack]"));
    assertThatThrownBy(() -> Packs.build(s, dir.resolve("p")))
        .isInstanceOf(PackException.class).hasMessageContaining("field 'exclude[0]'").hasMessageContaining("no/such/pack");
  }

  static Set<String> fingerprints(Path pack) throws IOException {
    Set<String> out = new HashSet<>();
    for (String split : List.of("train", "test")) {
      for (String line : Packs.lines(pack.resolve("data/" + split + ".jsonl.gz"))) {
        out.add(Json.MAPPER.readTree(line).get("fingerprint").asText());
      }
    }
    return out;
  }

  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static List<String> siblings(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
