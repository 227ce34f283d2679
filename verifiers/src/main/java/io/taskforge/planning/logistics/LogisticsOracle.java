package io.taskforge.planning.logistics;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Property-testing oracle for {@code planning.logistics}, written apart from {@link
 * LogisticsVerifier} and {@link LogisticsModel}: its own strict reader of the canonical plan (one
 * action per line, the operator and its arguments separated by single spaces, a drive naming its
 * city) and its own simulator, which keeps where every object is by name, as the PDDL facts {@code
 * at}, {@code in} and {@code in-city} would.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps} (two neighbours exchanged; sometimes still
 * valid), {@code duplicate-step}, {@code insert-step} (a random action), {@code truncate} (the last
 * action missing), {@code wrong-vehicle}, {@code wrong-place}, {@code wrong-city}, {@code
 * unknown-object}, and the valid {@code detour} (a vehicle moved away and back) and {@code
 * load-unload} (a package loaded and unloaded where it is).
 */
public final class LogisticsOracle implements TaskOracle<LogisticsProblem> {
  private static final int PER_KIND = 2;

  @Override
  public String taskId() {
    return LogisticsTask.ID;
  }

  @Override
  public Class<LogisticsProblem> problemType() {
    return LogisticsProblem.class;
  }

  @Override
  public List<String> equivalentForms(LogisticsProblem problem, String gold, Rng rng) {
    List<String[]> steps = parse(problem, gold);
    List<String> forms = new ArrayList<>();
    if (steps == null) {
      return forms;
    }
    StringBuilder numbered = new StringBuilder();
    StringBuilder stepped = new StringBuilder();
    StringBuilder pddl = new StringBuilder();
    StringBuilder calls = new StringBuilder();
    StringBuilder words = new StringBuilder();
    StringBuilder noCity = new StringBuilder();
    StringBuilder prose = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      String[] s = steps.get(i);
      String line = String.join(" ", s);
      String args = String.join(" ", List.of(s).subList(1, s.length));
      numbered.append(i + 1).append(i % 2 == 0 ? ". " : ") ").append(line).append('\n');
      stepped.append("Step ").append(i + 1).append(": ").append(line).append(";\n");
      pddl.append('(').append(line).append(")\n");
      calls.append(s[0]).append('(').append(String.join(", ", List.of(s).subList(1, s.length))).append(")\n");
      String[] parts = s[0].split("-");
      String op = switch (i % 3) {
        case 0 -> parts[0] + " " + parts[1];
        case 1 -> parts[0] + "_" + parts[1];
        default -> parts[0] + parts[1];
      };
      words.append(op).append(' ').append(args).append('\n');
      noCity.append(s[0].equals("drive-truck") ? String.join(" ", s[0], s[1], s[2], s[3]) : line).append('\n');
      prose.append(switch (s[0]) {
        case "load-truck", "load-airplane" -> s[0] + " " + s[1] + " into " + s[2] + " at " + s[3];
        case "unload-truck", "unload-airplane" -> s[0] + " " + s[1] + " from " + s[2] + " at " + s[3];
        case "drive-truck" -> s[0] + " " + s[1] + " from " + s[2] + " to " + s[3] + " in " + s[4];
        default -> s[0] + " " + s[1] + " from " + s[2] + " to " + s[3];
      }).append('\n');
      bullets.append(i % 2 == 0 ? "- " : "* ").append(line).append(".\r\n");
    }
    forms.add(numbered.toString());
    forms.add(stepped.toString());
    forms.add(pddl.toString());
    forms.add(calls.toString());
    forms.add(words.toString());
    forms.add(noCity.toString());
    forms.add(prose.toString());
    forms.add(bullets.toString());
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add("```\n" + gold + "\n```");
    forms.add("\n\n" + gold.replace("\n", "\n\n") + "\n");
    return forms;
  }

  @Override
  public List<Mutant> mutants(LogisticsProblem problem, String gold, Rng rng) {
    List<String[]> steps = parse(problem, gold);
    List<Mutant> out = new ArrayList<>();
    if (steps == null) {
      return out;
    }
    List<String> lines = new ArrayList<>();
    for (String[] s : steps) {
      lines.add(String.join(" ", s));
    }
    int n = lines.size();
    for (int r = 0; r < PER_KIND && n > 0; r++) {
      List<String> m = new ArrayList<>(lines);
      m.remove(rng.nextInt(n));
      add(out, problem, "drop-step", m);
    }
    for (int r = 0; r < PER_KIND && n > 1; r++) {
      List<String> m = new ArrayList<>(lines);
      int i = rng.nextInt(n - 1);
      m.set(i, lines.get(i + 1));
      m.set(i + 1, lines.get(i));
      add(out, problem, "swap-steps", m);
    }
    if (n > 0) {
      List<String> m = new ArrayList<>(lines);
      int i = rng.nextInt(n);
      m.add(i, lines.get(i));
      add(out, problem, "duplicate-step", m);
      add(out, problem, "truncate", lines.subList(0, n - 1));
    }
    for (int r = 0; r < PER_KIND; r++) {
      List<String> m = new ArrayList<>(lines);
      m.add(rng.nextInt(n + 1), randomAction(problem, rng));
      add(out, problem, "insert-step", m);
    }
    replaceOne(out, problem, steps, rng, "wrong-vehicle");
    replaceOne(out, problem, steps, rng, "wrong-place");
    replaceOne(out, problem, steps, rng, "wrong-city");
    if (n > 0) {
      List<String> m = new ArrayList<>(lines);
      int i = rng.nextInt(n);
      String[] s = steps.get(i).clone();
      s[1] = "x" + s[1];
      m.set(i, String.join(" ", s));
      add(out, problem, "unknown-object", m);
    }
    for (int at : new int[] {0, rng.nextInt(n + 1), n}) {
      List<String> detour = detourAt(problem, steps, at, rng);
      if (detour != null) {
        List<String> m = new ArrayList<>(lines);
        m.addAll(at, detour);
        add(out, problem, "detour", m);
      }
      List<String> noop = loadUnloadAt(problem, steps, at, rng);
      if (noop != null) {
        List<String> m = new ArrayList<>(lines);
        m.addAll(at, noop);
        add(out, problem, "load-unload", m);
      }
    }
    return out;
  }

  @Override
  public boolean accepts(LogisticsProblem problem, String canonicalAnswer) {
    List<String[]> steps = parse(problem, canonicalAnswer);
    if (steps == null || steps.isEmpty()) {
      return false;
    }
    World w = new World(problem);
    for (String[] s : steps) {
      if (!w.apply(s)) {
        return false;
      }
    }
    return w.delivered();
  }

  private void add(List<Mutant> out, LogisticsProblem problem, String kind, List<String> lines) {
    String text = String.join("\n", lines);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  /** One step with one argument of the given kind replaced by another object of the same kind. */
  private void replaceOne(List<Mutant> out, LogisticsProblem problem, List<String[]> steps, Rng rng, String kind) {
    List<String> pool = switch (kind) {
      case "wrong-vehicle" -> vehicles(problem);
      case "wrong-place" -> problem.places().stream().map(LogisticsProblem.Place::name).toList();
      default -> problem.cities();
    };
    List<int[]> spots = new ArrayList<>(); // {step, argument}
    for (int i = 0; i < steps.size(); i++) {
      String[] s = steps.get(i);
      for (int j = 1; j < s.length; j++) {
        if (pool.contains(s[j])) {
          spots.add(new int[] {i, j});
        }
      }
    }
    if (spots.isEmpty()) {
      return;
    }
    int[] spot = spots.get(rng.nextInt(spots.size()));
    String[] s = steps.get(spot[0]).clone();
    List<String> others = new ArrayList<>();
    for (String o : pool) {
      if (!o.equals(s[spot[1]]) && kindOf(problem, o).equals(kindOf(problem, s[spot[1]]))) {
        others.add(o);
      }
    }
    if (others.isEmpty()) {
      return;
    }
    s[spot[1]] = rng.pick(others);
    List<String> m = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      m.add(String.join(" ", i == spot[0] ? s : steps.get(i)));
    }
    add(out, problem, kind, m);
  }

  private static List<String> vehicles(LogisticsProblem p) {
    List<String> v = new ArrayList<>();
    p.trucks().forEach(t -> v.add(t.name()));
    p.airplanes().forEach(a -> v.add(a.name()));
    return v;
  }

  /** Two moves of one vehicle, away and back, in the state after {@code at} steps; null when none fits. */
  private static List<String> detourAt(LogisticsProblem p, List<String[]> steps, int at, Rng rng) {
    World w = replay(p, steps, at);
    if (w == null) {
      return null;
    }
    List<List<String>> options = new ArrayList<>();
    for (LogisticsProblem.Vehicle t : p.trucks()) {
      String here = w.where.get(t.name());
      String city = w.cityOf.get(here);
      for (LogisticsProblem.Place pl : p.places()) {
        if (pl.city().equals(city) && !pl.name().equals(here)) {
          options.add(List.of("drive-truck " + t.name() + " " + here + " " + pl.name() + " " + city,
              "drive-truck " + t.name() + " " + pl.name() + " " + here + " " + city));
        }
      }
    }
    for (LogisticsProblem.Vehicle a : p.airplanes()) {
      String here = w.where.get(a.name());
      for (LogisticsProblem.Place pl : p.places()) {
        if (pl.airport() && !pl.name().equals(here)) {
          options.add(List.of("fly-airplane " + a.name() + " " + here + " " + pl.name(),
              "fly-airplane " + a.name() + " " + pl.name() + " " + here));
        }
      }
    }
    return options.isEmpty() ? null : options.get(rng.nextInt(options.size()));
  }

  /** A package loaded into a vehicle where both are, and unloaded again; null when none fits. */
  private static List<String> loadUnloadAt(LogisticsProblem p, List<String[]> steps, int at, Rng rng) {
    World w = replay(p, steps, at);
    if (w == null) {
      return null;
    }
    List<List<String>> options = new ArrayList<>();
    for (LogisticsProblem.Cargo k : p.packages()) {
      String place = w.where.get(k.name());
      for (LogisticsProblem.Vehicle t : p.trucks()) {
        if (place.equals(w.where.get(t.name()))) {
          String args = " " + k.name() + " " + t.name() + " " + place;
          options.add(List.of("load-truck" + args, "unload-truck" + args));
        }
      }
      for (LogisticsProblem.Vehicle a : p.airplanes()) {
        if (place.equals(w.where.get(a.name()))) {
          String args = " " + k.name() + " " + a.name() + " " + place;
          options.add(List.of("load-airplane" + args, "unload-airplane" + args));
        }
      }
    }
    return options.isEmpty() ? null : options.get(rng.nextInt(options.size()));
  }

  private static World replay(LogisticsProblem p, List<String[]> steps, int at) {
    World w = new World(p);
    for (int i = 0; i < at; i++) {
      if (!w.apply(steps.get(i))) {
        return null;
      }
    }
    return w;
  }

  private static String randomAction(LogisticsProblem p, Rng rng) {
    String pkg = rng.pick(p.packages()).name();
    String place = rng.pick(p.places()).name();
    String other = rng.pick(p.places()).name();
    String truck = rng.pick(p.trucks()).name();
    String plane = p.airplanes().isEmpty() ? truck : rng.pick(p.airplanes()).name();
    return switch (rng.nextInt(6)) {
      case 0 -> "load-truck " + pkg + " " + truck + " " + place;
      case 1 -> "unload-truck " + pkg + " " + truck + " " + place;
      case 2 -> "load-airplane " + pkg + " " + plane + " " + place;
      case 3 -> "unload-airplane " + pkg + " " + plane + " " + place;
      case 4 -> "drive-truck " + truck + " " + place + " " + other + " " + rng.pick(p.cities());
      default -> "fly-airplane " + plane + " " + place + " " + other;
    };
  }

  /** "city", "place", "airport", "truck", "airplane", "package", or "" for no object. */
  private static String kindOf(LogisticsProblem p, String name) {
    if (p.cities().contains(name)) {
      return "city";
    }
    for (LogisticsProblem.Place pl : p.places()) {
      if (pl.name().equals(name)) {
        return "place";
      }
    }
    for (LogisticsProblem.Vehicle t : p.trucks()) {
      if (t.name().equals(name)) {
        return "truck";
      }
    }
    for (LogisticsProblem.Vehicle a : p.airplanes()) {
      if (a.name().equals(name)) {
        return "airplane";
      }
    }
    for (LogisticsProblem.Cargo k : p.packages()) {
      if (k.name().equals(name)) {
        return "package";
      }
    }
    return "";
  }

  /** Strictly reads canonical action lines (argument kinds checked); null when any line is not one. */
  static List<String[]> parse(LogisticsProblem p, String text) {
    List<String[]> steps = new ArrayList<>();
    if (text.isEmpty()) {
      return steps;
    }
    for (String line : text.split("\n", -1)) {
      String[] w = line.split(" ", -1);
      String[] kinds = switch (w[0]) {
        case "load-truck", "unload-truck" -> new String[] {"package", "truck", "place"};
        case "load-airplane", "unload-airplane" -> new String[] {"package", "airplane", "place"};
        case "drive-truck" -> new String[] {"truck", "place", "place", "city"};
        case "fly-airplane" -> new String[] {"airplane", "place", "place"};
        default -> null;
      };
      if (kinds == null || w.length != kinds.length + 1) {
        return null;
      }
      for (int i = 0; i < kinds.length; i++) {
        if (!kindOf(p, w[i + 1]).equals(kinds[i])) {
          return null;
        }
      }
      steps.add(w);
    }
    return steps;
  }

  /** Where every truck, airplane and package is, by name (a package's place or vehicle). */
  private static final class World {
    final Map<String, String> where = new HashMap<>();
    final Map<String, String> cityOf = new HashMap<>();
    final Map<String, Boolean> isAirport = new HashMap<>();
    final Map<String, String> goal = new HashMap<>();

    World(LogisticsProblem p) {
      for (LogisticsProblem.Place pl : p.places()) {
        cityOf.put(pl.name(), pl.city());
        isAirport.put(pl.name(), pl.airport());
      }
      p.trucks().forEach(t -> where.put(t.name(), t.at()));
      p.airplanes().forEach(a -> where.put(a.name(), a.at()));
      for (LogisticsProblem.Cargo k : p.packages()) {
        where.put(k.name(), k.at());
        goal.put(k.name(), k.goal());
      }
    }

    /** Applies one action when its preconditions hold (PDDL semantics); false otherwise. */
    boolean apply(String[] s) {
      switch (s[0]) {
        case "load-truck", "load-airplane" -> {
          if (!s[3].equals(where.get(s[2])) || !s[3].equals(where.get(s[1]))) {
            return false;
          }
          where.put(s[1], s[2]);
        }
        case "unload-truck", "unload-airplane" -> {
          if (!s[3].equals(where.get(s[2])) || !s[2].equals(where.get(s[1]))) {
            return false;
          }
          where.put(s[1], s[3]);
        }
        case "drive-truck" -> {
          if (!s[2].equals(where.get(s[1])) || !s[4].equals(cityOf.get(s[2])) || !s[4].equals(cityOf.get(s[3]))) {
            return false;
          }
          where.put(s[1], s[3]);
        }
        case "fly-airplane" -> {
          if (!s[2].equals(where.get(s[1])) || !isAirport.get(s[2]) || !isAirport.get(s[3])) {
            return false;
          }
          where.put(s[1], s[3]);
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    boolean delivered() {
      for (Map.Entry<String, String> e : goal.entrySet()) {
        if (!e.getValue().equals(where.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
  }
}
