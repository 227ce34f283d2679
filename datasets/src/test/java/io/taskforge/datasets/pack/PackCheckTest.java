package io.taskforge.datasets.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pack check} finds any change to a pack and names the file, line and field. */
class PackCheckTest {
  @TempDir static Path shared;
  static Path original;

  @TempDir Path dir;

  @BeforeAll
  static void buildOnce() throws IOException {
    original = shared.resolve("mix");
    Packs.build(Packs.write(shared, "mix.yaml", Packs.mixSpec("1.0.0", 120, 40)), original);
  }

  /** A copy of the pack to tamper with. */
  Path copy() throws IOException {
    Path target = dir.resolve("copy");
    try (Stream<Path> s = Files.walk(original)) {
      for (Path p : s.toList()) {
        Path t = target.resolve(original.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return target;
  }

  static List<String> problems(Path pack) throws IOException {
    return PackChecker.check(pack, 2, n -> {}).problems();
  }

  @Test
  void anUntouchedPackPasses() throws IOException {
    PackChecker.Result r = PackChecker.check(original, 2, n -> {});
    assertThat(r.problems()).isEmpty();
    assertThat(r.records()).isEqualTo(160);
    assertThat(r.files()).isEqualTo(7);
  }

  @Test
  void aChangedByteInARecordIsFoundWithFileLineAndField() throws IOException {
    Path pack = copy();
    Path file = pack.resolve("data/train.jsonl.gz");
    List<String> lines = new ArrayList<>(Packs.lines(file));
    String line = lines.get(6);
    int at = line.indexOf("\"answer\":\"") + "\"answer\":\"".length();
    char c = line.charAt(at);
    lines.set(6, line.substring(0, at) + (char) (c == '7' ? '8' : '7') + line.substring(at + 1));
    Packs.writeGzip(file, lines);
    List<String> problems = problems(pack);
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("data/train.jsonl.gz: its SHA-256 differs"));
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .startsWith("data/train.jsonl.gz line 7 field 'answer' differs from the regenerated record"));
  }

  @Test
  void aFlippedByteInTheCompressedFileIsFoundWithFileAndLine() throws IOException {
    Path pack = copy();
    Path file = pack.resolve("data/test.jsonl.gz");
    byte[] gz = Files.readAllBytes(file);
    gz[gz.length / 2] ^= 0x20;
    Files.write(file, gz);
    List<String> problems = problems(pack);
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("data/test.jsonl.gz: its SHA-256 differs"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("data/test.jsonl.gz").containsPattern("line \\d+"));
  }

  @Test
  void aRemovedLineIsFound() throws IOException {
    Path pack = copy();
    Path file = pack.resolve("data/logic.knights-knaves/train.jsonl.gz");
    List<String> lines = new ArrayList<>(Packs.lines(file));
    lines.remove(lines.size() - 1);
    Packs.writeGzip(file, lines);
    assertThat(problems(pack)).anySatisfy(p -> assertThat(p)
        .startsWith("data/logic.knights-knaves/train.jsonl.gz ends after line " + lines.size()));
  }

  @Test
  void anEditedCardIsFound() throws IOException {
    Path pack = copy();
    Files.writeString(pack.resolve("README.md"), Files.readString(pack.resolve("README.md")) + "\nNew text.\n");
    assertThat(problems(pack)).containsExactly(
        "README.md: its SHA-256 differs from pack.json (" + Files.size(pack.resolve("README.md")) + " bytes now, "
            + (Files.size(pack.resolve("README.md")) - 11) + " when built): the file changed after the build");
  }

  @Test
  void anEditedManifestIsFound() throws IOException {
    Path pack = copy();
    Path m = pack.resolve("pack.json");
    Files.writeString(m, Files.readString(m).replaceFirst("\"count\": 120", "\"count\": 121"));
    // The 121st record asked for is either missing from the file or (if it would be a duplicate) unlisted.
    assertThat(problems(pack)).anySatisfy(p -> assertThat(p).startsWith("data/train.jsonl.gz")
        .containsAnyOf("ends after line 120", "line 121: the regenerated record"));
  }

  @Test
  void aTaskVersionThatDiffersIsSaidPlainly() throws IOException {
    Path pack = copy();
    Path m = pack.resolve("pack.json");
    String text = Files.readString(m);
    int at = text.indexOf("\"tasks\": [ {");
    int v = text.indexOf("\"version\": ", at) + "\"version\": ".length();
    Files.writeString(m, text.substring(0, v) + "99" + text.substring(text.indexOf(',', v)));
    assertThat(problems(pack)).singleElement().asString()
        .contains("task arithmetic.expression is version")
        .contains("but version 99 in the pack")
        .contains("cannot be regenerated here");
  }

  @Test
  void aDirectoryThatIsNotAPackIsBadInput() {
    assertThatThrownBy(() -> problems(dir)).isInstanceOf(PackException.class).hasMessageContaining("has no pack.json");
    assertThatThrownBy(() -> problems(dir.resolve("nope"))).isInstanceOf(PackException.class).hasMessageContaining("no such pack directory");
  }
}
