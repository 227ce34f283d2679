package io.taskforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void checkPassesOnTaskforgesOwnVerifiersAndWritesAJsonReport() throws IOException {
    Path report = dir.resolve("report.json");
    CliTest.Run r = CliTest.run("check", "arithmetic.expression", "planning.blocksworld", "--levels", "1-3", "--count", "3",
        "--report", report.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("taskforge check: 2 tasks, levels 1-3, 3 instances per level, seed 0",
        "1 gold passes", "5 difficulty delivers", "All properties hold");
    JsonNode json = Json.MAPPER.readTree(report.toFile());
    assertThat(json.get("passed").asBoolean()).isTrue();
    assertThat(json.get("tasks").get(1).get("task").asText()).isEqualTo("planning.blocksworld");
    assertThat(json.get("tasks").get(0).get("properties").get(1).get("by_level").get("2").get("cases").asLong()).isPositive();
  }

  @Test
  void oneInstanceCanBeCheckedAlone() {
    CliTest.Run r = CliTest.run("check", "logic.knights-knaves", "--level", "4", "--param", "people=3", "--seed", "7",
        "--index", "12");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("levels 4, index 12, seed 7");
  }

  @Test
  void aBrokenExternalVerifierFailsWithACommandThatReproducesIt() {
    // cat echoes each request back: an answer with the right id but no score.
    CliTest.Run r = CliTest.run("check", "logic.knights-knaves", "--levels", "2-3", "--count", "2", "--threads", "1",
        "--external", "cat");
    assertThat(r.code()).isEqualTo(Main.FAILED);
    assertThat(r.out()).contains("judged by external verifier 'cat'",
        "FAILED logic.knights-knaves, property 1 (gold passes): gold",
        "what:      the external verifier's answer has no numeric score",
        "shrunk:    from level 2, index 0 to level 1, index 0",
        "reproduce: taskforge check logic.knights-knaves --level 1 --seed 0 --index 0 --external cat");
    CliTest.Run again = CliTest.run("check", "logic.knights-knaves", "--level", "1", "--seed", "0", "--index", "0",
        "--external", "cat");
    assertThat(again.code()).isEqualTo(Main.FAILED);
    assertThat(again.out()).contains("FAILED logic.knights-knaves, property 1 (gold passes): gold");
  }

  @Test
  void badInputExitsWithTwo() {
    assertThat(CliTest.run("check").err()).contains("name the tasks to check, or use --all");
    assertThat(CliTest.run("check").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(CliTest.run("check", "--all", "logic.knights-knaves").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(CliTest.run("check", "logic.no-such").err()).contains("unknown task 'logic.no-such'");
    assertThat(CliTest.run("check", "logic.knights-knaves", "--levels", "0-3").err()).contains("levels must be a range within 1-10");
    assertThat(CliTest.run("check", "logic.knights-knaves", "--levels", "many").err()).contains("--levels must be a level or a range");
    assertThat(CliTest.run("check", "logic.knights-knaves", "--count", "0").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(CliTest.run("check", "logic.knights-knaves", "--timeout", "soon").err()).contains("--timeout must be a duration");
    assertThat(CliTest.run("check", "logic.knights-knaves", "--param", "colour=red").err()).contains("colour");
    CliTest.Run missing = CliTest.run("check", "logic.knights-knaves", "--level", "1", "--index", "0",
        "--external", "no-such-command-taskforge-test");
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("never answered: it exited with code 127");
  }

  @Test
  void durationsReadSecondsAndMilliseconds() {
    assertThat(CheckCommand.parseDuration("5s").toMillis()).isEqualTo(5000);
    assertThat(CheckCommand.parseDuration("250ms").toMillis()).isEqualTo(250);
    assertThat(CheckCommand.parseDuration("1.5").toMillis()).isEqualTo(1500);
  }
}
