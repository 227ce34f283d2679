package io.taskforge.cli;

import io.taskforge.core.Instance;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.planning.pddl.PddlExportable;
import io.taskforge.planning.pddl.PddlFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code <index>.domain.pddl} and {@code <index>.problem.pddl} for each generated instance of
 * a task with a PDDL export. The files are written to a hidden directory beside the target and
 * moved in only when all are written, so a failed run leaves nothing half-written.
 */
final class PddlOutput {
  private PddlOutput() {}

  /** Fails with one sentence when the task has no PDDL export or the directory cannot be used. */
  static void check(Task<?> task, Path dir) {
    if (!(task instanceof PddlExportable<?>)) {
      List<String> with = new ArrayList<>();
      for (Task<?> t : Tasks.all().values()) {
        if (t instanceof PddlExportable<?>) {
          with.add(t.id());
        }
      }
      throw new Main.BadInputException("--pddl: task " + task.id() + " has no PDDL export; tasks with one: "
          + (with.isEmpty() ? "none" : String.join(", ", with)));
    }
    Path abs = dir.toAbsolutePath();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new Main.BadInputException("--pddl " + dir + " exists and is not a directory");
    }
    if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
      throw new Main.BadInputException("--pddl " + dir + ": its parent directory does not exist");
    }
  }

  @SuppressWarnings("unchecked")
  static void write(InstanceFactory factory, long start, long count, Path dir) throws IOException {
    PddlExportable<Object> export = (PddlExportable<Object>) factory.task();
    Path abs = dir.toAbsolutePath();
    Path temp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".");
    try {
      for (long i = start; i < start + count; i++) {
        Instance inst = factory.make(i);
        PddlFiles files = export.pddl(inst.problem());
        Files.writeString(temp.resolve(i + ".domain.pddl"), files.domainText(), StandardCharsets.UTF_8);
        Files.writeString(temp.resolve(i + ".problem.pddl"), files.problemText(), StandardCharsets.UTF_8);
      }
      Files.createDirectories(abs);
      try (Stream<Path> written = Files.list(temp)) {
        for (Path p : written.sorted().toList()) {
          Files.move(p, abs.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      try (Stream<Path> left = Files.walk(temp)) {
        for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
