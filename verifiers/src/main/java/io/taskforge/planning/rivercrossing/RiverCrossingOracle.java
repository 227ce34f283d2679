package io.taskforge.planning.rivercrossing;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Property-testing oracle for {@code planning.river-crossing}, written apart from {@link
 * RiverCrossingVerifier} and {@link RiverCrossingModel}: a strict reader of the canonical lines
 * ({@code cross} or {@code return}, then {@code m}/{@code c} tokens, or item names exactly as the
 * problem spells them) and a simulator that keeps each bank's people or items as counts and name
 * sets. With {@code optimality} it accepts only plans no longer than the optimum.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps}, {@code insert-step} (a random trip),
 * {@code duplicate-step}, {@code truncate}, {@code flip-direction} (cross for return or back in one
 * line), {@code change-passenger} (one person or item replaced or dropped), {@code overload} (one
 * more aboard than the boat takes) and {@code detour} (a trip there and straight back, valid when
 * it leaves every bank safe, unless {@code optimality}).
 */
public final class RiverCrossingOracle implements TaskOracle<RiverCrossingProblem> {
  private static final int PER_KIND = 2;

  @Override
  public String taskId() {
    return RiverCrossingTask.ID;
  }

  @Override
  public Class<RiverCrossingProblem> problemType() {
    return RiverCrossingProblem.class;
  }

  @Override
  public List<String> equivalentForms(RiverCrossingProblem problem, String gold, Rng rng) {
    List<String[]> trips = parse(problem, gold);
    List<String> forms = new ArrayList<>();
    if (trips == null) {
      return forms;
    }
    StringBuilder numbered = new StringBuilder();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < trips.size(); i++) {
      String[] t = trips.get(i);
      numbered.append(i + 1).append(". ").append(String.join(" ", t)).append('\n');
      words.append("Step ").append(i + 1).append(": ").append(t[0].equals("cross") ? "Cross" : "Return");
      if (problem.missionaryKind()) {
        int m = 0;
        int c = 0;
        for (int k = 1; k < t.length; k++) {
          m += t[k].equals("m") ? 1 : 0;
          c += t[k].equals("c") ? 1 : 0;
        }
        String sep = " with ";
        if (m > 0) {
          words.append(sep).append(m).append(m == 1 ? " missionary" : " missionaries");
          sep = " and ";
        }
        if (c > 0) {
          words.append(sep).append(c).append(c == 1 ? " cannibal" : " cannibals");
        }
      } else if (t.length == 1) {
        words.append(" alone");
      } else {
        words.append(" with the farmer");
        for (int k = 1; k < t.length; k++) {
          words.append(k == 1 ? ", the " : " and the ").append(t[k]);
        }
      }
      words.append(".\n");
    }
    forms.add(numbered.toString());
    forms.add(words.toString());
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add("```\n" + gold + "\n```");
    return forms;
  }

  @Override
  public List<Mutant> mutants(RiverCrossingProblem problem, String gold, Rng rng) {
    List<String[]> trips = parse(problem, gold);
    List<Mutant> out = new ArrayList<>();
    if (trips == null || trips.isEmpty()) {
      return out;
    }
    int n = trips.size();
    for (int r = 0; r < PER_KIND; r++) {
      List<String[]> m = new ArrayList<>(trips);
      m.remove(rng.nextInt(n));
      add(out, problem, "drop-step", m);
    }
    for (int r = 0; r < PER_KIND && n > 1; r++) {
      List<String[]> m = new ArrayList<>(trips);
      int i = rng.nextInt(n - 1);
      m.set(i, trips.get(i + 1));
      m.set(i + 1, trips.get(i));
      add(out, problem, "swap-steps", m);
    }
    for (int r = 0; r < PER_KIND; r++) {
      List<String[]> m = new ArrayList<>(trips);
      m.add(rng.nextInt(n + 1), randomTrip(problem, rng));
      add(out, problem, "insert-step", m);
    }
    List<String[]> dup = new ArrayList<>(trips);
    int d = rng.nextInt(n);
    dup.add(d, trips.get(d));
    add(out, problem, "duplicate-step", dup);
    add(out, problem, "truncate", trips.subList(0, n - 1));
    List<String[]> flip = new ArrayList<>(trips);
    int f = rng.nextInt(n);
    String[] flipped = trips.get(f).clone();
    flipped[0] = flipped[0].equals("cross") ? "return" : "cross";
    flip.set(f, flipped);
    add(out, problem, "flip-direction", flip);
    for (int r = 0; r < PER_KIND; r++) {
      List<String[]> m = new ArrayList<>(trips);
      int i = rng.nextInt(n);
      String[] t = trips.get(i);
      List<String> changed = new ArrayList<>(List.of(t));
      if (t.length > 1 && rng.nextBoolean()) {
        changed.remove(1 + rng.nextInt(t.length - 1));
      } else if (t.length > 1) {
        int k = 1 + rng.nextInt(t.length - 1);
        changed.set(k, other(problem, t, t[k], rng));
      } else {
        changed.add(other(problem, t, "", rng));
      }
      if (changed.size() > 1 || !problem.missionaryKind()) {
        m.set(i, changed.toArray(new String[0]));
        add(out, problem, "change-passenger", m);
      }
    }
    List<String[]> heavy = new ArrayList<>(trips);
    int h = rng.nextInt(n);
    List<String> loaded = new ArrayList<>(List.of(trips.get(h)));
    int capacity = problem.missionaryKind() ? problem.boat() : problem.boat() - 1;
    while (loaded.size() - 1 <= capacity) {
      String next = other(problem, loaded.toArray(new String[0]), "", rng);
      if (next == null) {
        break;
      }
      loaded.add(next);
    }
    if (loaded.size() - 1 > capacity) {
      heavy.set(h, loaded.toArray(new String[0]));
      add(out, problem, "overload", heavy);
    }
    for (int at : new int[] {0, rng.nextInt(n + 1), n}) {
      if (at % 2 == 0) {
        List<String[]> m = new ArrayList<>(trips);
        String[] there = randomTrip(problem, rng);
        there[0] = "cross";
        String[] back = there.clone();
        back[0] = "return";
        if (at < n && at > 0) {
          // mid-plan the boat is where the last trip left it
          boolean near = trips.get(at - 1)[0].equals("return");
          there[0] = near ? "cross" : "return";
          back[0] = near ? "return" : "cross";
        }
        if (at == n) {
          there[0] = "return";
          back[0] = "cross";
        }
        m.add(at, back);
        m.add(at, there);
        add(out, problem, "detour", m);
      }
    }
    return out;
  }

  /** A passenger token different from {@code current} and not aboard already (for items), or null. */
  private static String other(RiverCrossingProblem p, String[] trip, String current, Rng rng) {
    if (p.missionaryKind()) {
      return current.equals("m") ? "c" : current.equals("c") ? "m" : rng.nextBoolean() ? "m" : "c";
    }
    Set<String> aboard = new HashSet<>(List.of(trip));
    List<String> free = new ArrayList<>();
    for (String item : p.items()) {
      if (!aboard.contains(item)) {
        free.add(item);
      }
    }
    return free.isEmpty() ? null : rng.pick(free);
  }

  private static String[] randomTrip(RiverCrossingProblem p, Rng rng) {
    List<String> t = new ArrayList<>();
    t.add(rng.nextBoolean() ? "cross" : "return");
    if (p.missionaryKind()) {
      int aboard = 1 + rng.nextInt(p.boat());
      for (int i = 0; i < aboard; i++) {
        t.add(rng.nextBoolean() ? "m" : "c");
      }
    } else {
      List<String> items = new ArrayList<>(p.items());
      rng.shuffle(items);
      int aboard = rng.nextInt(Math.min(p.boat() - 1, items.size()) + 1);
      List<String> chosen = new ArrayList<>(items.subList(0, aboard));
      chosen.sort((a, b) -> Integer.compare(p.items().indexOf(a), p.items().indexOf(b)));
      t.addAll(chosen);
    }
    return t.toArray(new String[0]);
  }

  private void add(List<Mutant> out, RiverCrossingProblem problem, String kind, List<String[]> trips) {
    List<String> lines = new ArrayList<>();
    for (String[] t : trips) {
      lines.add(String.join(" ", t));
    }
    String text = String.join("\n", lines);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  @Override
  public boolean accepts(RiverCrossingProblem problem, String canonicalAnswer) {
    List<String[]> trips = parse(problem, canonicalAnswer);
    if (trips == null || trips.isEmpty()) {
      return false;
    }
    if (problem.optimality() && problem.optimalLength() > 0 && trips.size() > problem.optimalLength()) {
      return false;
    }
    return problem.missionaryKind() ? missionaries(problem, trips) : farmer(problem, trips);
  }

  private static boolean missionaries(RiverCrossingProblem p, List<String[]> trips) {
    int[] near = {p.missionaries(), p.cannibals()};
    int[] far = {0, 0};
    boolean boatNear = true;
    for (String[] t : trips) {
      if (t[0].equals("cross") != boatNear) {
        return false;
      }
      int m = 0;
      int c = 0;
      for (int k = 1; k < t.length; k++) {
        m += t[k].equals("m") ? 1 : 0;
        c += t[k].equals("c") ? 1 : 0;
      }
      int[] from = boatNear ? near : far;
      int[] to = boatNear ? far : near;
      if (m + c < 1 || m + c > p.boat() || m > from[0] || c > from[1]) {
        return false;
      }
      from[0] -= m;
      from[1] -= c;
      to[0] += m;
      to[1] += c;
      boatNear = !boatNear;
      for (int[] bank : new int[][] {near, far}) {
        if (bank[0] > 0 && bank[1] > bank[0]) {
          return false;
        }
      }
    }
    return !boatNear && near[0] == 0 && near[1] == 0;
  }

  private static boolean farmer(RiverCrossingProblem p, List<String[]> trips) {
    Set<String> near = new HashSet<>(p.items());
    Set<String> far = new HashSet<>();
    boolean farmerNear = true;
    for (String[] t : trips) {
      if (t[0].equals("cross") != farmerNear) {
        return false;
      }
      Set<String> from = farmerNear ? near : far;
      Set<String> to = farmerNear ? far : near;
      Set<String> cargo = new HashSet<>();
      for (int k = 1; k < t.length; k++) {
        if (!from.contains(t[k]) || !cargo.add(t[k])) {
          return false;
        }
      }
      if (cargo.size() > p.boat() - 1) {
        return false;
      }
      from.removeAll(cargo);
      to.addAll(cargo);
      for (List<String> pair : p.conflicts()) {
        if (from.contains(pair.get(0)) && from.contains(pair.get(1))) {
          return false;
        }
      }
      farmerNear = !farmerNear;
    }
    return !farmerNear && near.isEmpty();
  }

  /** Strictly reads canonical lines; null when any line is not one. */
  static List<String[]> parse(RiverCrossingProblem p, String text) {
    List<String[]> trips = new ArrayList<>();
    if (text.isEmpty()) {
      return trips;
    }
    for (String line : text.split("\n", -1)) {
      String[] w = line.split(" ", -1);
      if (!w[0].equals("cross") && !w[0].equals("return")) {
        return null;
      }
      for (int k = 1; k < w.length; k++) {
        boolean known = p.missionaryKind() ? w[k].equals("m") || w[k].equals("c") : p.items().contains(w[k]);
        if (!known) {
          return null;
        }
      }
      trips.add(w);
    }
    return trips;
  }
}
