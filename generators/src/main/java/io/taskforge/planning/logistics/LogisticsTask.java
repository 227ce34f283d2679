package io.taskforge.planning.logistics;

import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.planning.pddl.Fact;
import io.taskforge.planning.pddl.Literal;
import io.taskforge.planning.pddl.PddlExportable;
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.planning.pddl.PddlProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Logistics planning (the IPC / PlanBench domain): carry packages between places with trucks, which
 * drive within a city, and airplanes, which fly between the cities' airports.
 *
 * <p>Every city has one airport (named {@code apt<i>}), {@code places - 1} other locations
 * ({@code l<i>-<j>}) and one truck, placed at random; airplanes start at random airports; every
 * package starts at a random place and must end at another random place. The gold plan is optimal
 * when A* with an admissible heuristic proves it within {@code search_limit} expansions (with the
 * default limit: always at levels 1 to 8, almost always at level 9, about three times in four at
 * level 10); otherwise it is the best of weighted-A* plans and a constructive plan, flagged {@code
 * optimal_proven = false}, with the lower bound A* proved.
 */
public final class LogisticsTask implements Task<LogisticsProblem>, PddlExportable<LogisticsProblem> {
  public static final String ID = "planning.logistics";
  //                                      level: 1  2  3  4  5  6  7  8  9  10
  private static final int[] CITIES =          {1, 1, 2, 2, 2, 3, 3, 4, 5, 5};
  private static final int[] PLACES =          {3, 3, 2, 3, 3, 3, 3, 3, 3, 4};
  private static final int[] AIRPLANES =       {0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
  private static final int[] PACKAGES =        {1, 2, 2, 2, 3, 4, 5, 6, 8, 10};
  private static final int DEFAULT_SEARCH_LIMIT = 50_000;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(LogisticsParams.CITIES, CITIES[DEFAULT_LEVEL - 1], 1, 8,
          "number of cities, each with one airport and one truck"),
      ParamSpec.integer(LogisticsParams.PLACES, PLACES[DEFAULT_LEVEL - 1], 1, 5,
          "places per city, its airport included"),
      ParamSpec.integer(LogisticsParams.AIRPLANES, AIRPLANES[DEFAULT_LEVEL - 1], 0, 4,
          "number of airplanes, flying between airports"),
      ParamSpec.integer(LogisticsParams.PACKAGES, PACKAGES[DEFAULT_LEVEL - 1], 1, 14,
          "number of packages, each to be carried to another place"),
      ParamSpec.integer(LogisticsParams.SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT, 0, 5_000_000,
          "A* expansions spent proving the gold plan optimal; beyond them the best known plan is given"),
      ParamSpec.bool(LogisticsParams.OPTIMALITY, false,
          "score valid plans by reference length / plan length instead of 1"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Plan the truck and airplane moves, loads and unloads that deliver packages between the "
        + "places of several cities.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    return Map.of(
        LogisticsParams.CITIES, CITIES[level - 1],
        LogisticsParams.PLACES, PLACES[level - 1],
        LogisticsParams.AIRPLANES, AIRPLANES[level - 1],
        LogisticsParams.PACKAGES, PACKAGES[level - 1]);
  }

  @Override
  public void validate(Params params) {
    LogisticsParams p = LogisticsParams.from(params);
    if (p.cities() >= 2 && p.airplanes() == 0) {
      throw new ParamException("params 'cities' and 'airplanes': with 2 or more cities at least 1 airplane is needed, "
          + "got cities=" + p.cities() + " and airplanes=0");
    }
    if (p.cities() * p.places() < 2) {
      throw new ParamException("params 'cities' and 'places': there must be at least 2 places in all "
          + "(cities times places), got " + p.cities() * p.places());
    }
  }

  @Override
  public Class<LogisticsProblem> problemType() {
    return LogisticsProblem.class;
  }

  @Override
  public Generated<LogisticsProblem> generate(Params params, Rng rng) {
    LogisticsParams p = LogisticsParams.from(params);
    List<String> cities = new ArrayList<>();
    List<LogisticsProblem.Place> places = new ArrayList<>();
    List<List<String>> placesOf = new ArrayList<>();
    List<String> airports = new ArrayList<>();
    for (int c = 1; c <= p.cities(); c++) {
      String city = "c" + c;
      cities.add(city);
      List<String> here = new ArrayList<>();
      String airport = "apt" + c;
      places.add(new LogisticsProblem.Place(airport, city, true));
      here.add(airport);
      airports.add(airport);
      for (int j = 1; j < p.places(); j++) {
        String name = "l" + c + "-" + j;
        places.add(new LogisticsProblem.Place(name, city, false));
        here.add(name);
      }
      placesOf.add(here);
    }
    List<LogisticsProblem.Vehicle> trucks = new ArrayList<>();
    for (int c = 0; c < p.cities(); c++) {
      trucks.add(new LogisticsProblem.Vehicle("t" + (c + 1), rng.pick(placesOf.get(c))));
    }
    List<LogisticsProblem.Vehicle> planes = new ArrayList<>();
    for (int a = 1; a <= p.airplanes(); a++) {
      planes.add(new LogisticsProblem.Vehicle("a" + a, rng.pick(airports)));
    }
    List<LogisticsProblem.Cargo> packages = new ArrayList<>();
    int n = places.size();
    for (int k = 1; k <= p.packages(); k++) {
      int from = rng.nextInt(n);
      int to = (from + 1 + rng.nextInt(n - 1)) % n;
      packages.add(new LogisticsProblem.Cargo("p" + k, places.get(from).name(), places.get(to).name()));
    }
    LogisticsProblem draft = new LogisticsProblem(cities, places, trucks, planes, packages, p.optimality(), 0, false);
    LogisticsModel model = new LogisticsModel(draft);
    LogisticsSolver.Plan plan = LogisticsSolver.solve(model, p.searchLimit());
    List<String> lines = new ArrayList<>(plan.actions().size());
    for (LogisticsAction a : plan.actions()) {
      lines.add(model.text(a));
    }
    int length = lines.size();
    LogisticsProblem problem =
        new LogisticsProblem(cities, places, trucks, planes, packages, p.optimality(), length, plan.optimal());

    ImmutableMap.Builder<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("cities", p.cities())
        .put("packages", p.packages())
        .put("objects", cities.size() + places.size() + trucks.size() + planes.size() + packages.size())
        .put("plan_length", length)
        .put(plan.optimal() ? "optimal_length" : "best_known_length", length)
        .put("optimal_proven", plan.optimal())
        .put("lower_bound", plan.lowerBound())
        .put("expansions", plan.expansions());
    return Generated.of(
        problem,
        new LogisticsSolution(lines, length, plan.optimal(), plan.lowerBound()),
        String.join("\n", lines),
        metrics.buildOrThrow(),
        view(problem),
        LogisticsCanonical.of(problem));
  }

  private static Map<String, Object> view(LogisticsProblem p) {
    List<String> cityLines = new ArrayList<>();
    for (String city : p.cities()) {
      String airport = "";
      List<String> others = new ArrayList<>();
      for (LogisticsProblem.Place pl : p.places()) {
        if (pl.city().equals(city)) {
          if (pl.airport()) {
            airport = pl.name();
          } else {
            others.add(pl.name());
          }
        }
      }
      cityLines.add("city " + city + ": airport " + airport
          + (others.isEmpty() ? "" : "; other locations " + String.join(", ", others)));
    }
    List<String> initLines = new ArrayList<>();
    StringBuilder initText = new StringBuilder();
    for (LogisticsProblem.Vehicle t : p.trucks()) {
      initLines.add("truck " + t.name() + " is at " + t.at());
      initText.append("Truck ").append(t.name()).append(" is at ").append(t.at()).append(". ");
    }
    for (LogisticsProblem.Vehicle a : p.airplanes()) {
      initLines.add("airplane " + a.name() + " is at " + a.at());
      initText.append("Airplane ").append(a.name()).append(" is at ").append(a.at()).append(". ");
    }
    List<String> goalLines = new ArrayList<>();
    StringBuilder goalText = new StringBuilder();
    for (LogisticsProblem.Cargo k : p.packages()) {
      initLines.add("package " + k.name() + " is at " + k.at());
      initText.append("Package ").append(k.name()).append(" is at ").append(k.at()).append(". ");
      goalLines.add("package " + k.name() + " is at " + k.goal());
      goalText.append(goalText.length() == 0 ? "" : " ").append("Package ").append(k.name())
          .append(" is at ").append(k.goal()).append('.');
    }
    StringBuilder placesText = new StringBuilder();
    for (LogisticsProblem.Place pl : p.places()) {
      placesText.append(placesText.length() == 0 ? "" : " ").append(pl.name()).append(pl.airport() ? " is an airport" : " is a location")
          .append(" in city ").append(pl.city()).append('.');
    }
    PddlProblem pddl = LogisticsPddl.problem(p);
    List<String> initFacts = new ArrayList<>();
    for (Fact f : pddl.init()) {
      initFacts.add(f.toString());
    }
    List<String> goalFacts = new ArrayList<>();
    for (Literal l : pddl.goal()) {
      goalFacts.add(l.toString());
    }
    List<String> truckNames = new ArrayList<>();
    p.trucks().forEach(t -> truckNames.add(t.name()));
    List<String> planeNames = new ArrayList<>();
    p.airplanes().forEach(a -> planeNames.add(a.name()));
    List<String> packageNames = new ArrayList<>();
    p.packages().forEach(k -> packageNames.add(k.name()));
    List<String> airportNames = new ArrayList<>();
    List<String> locationNames = new ArrayList<>();
    p.places().forEach(pl -> (pl.airport() ? airportNames : locationNames).add(pl.name()));
    return ImmutableMap.<String, Object>builder()
        .put("city_count", p.cities().size())
        .put("cities", String.join(", ", p.cities()))
        .put("truck_names", String.join(", ", truckNames))
        .put("airplane_names", planeNames.isEmpty() ? "none" : String.join(", ", planeNames))
        .put("airplane_count", planeNames.size())
        .put("package_names", String.join(", ", packageNames))
        .put("package_count", packageNames.size())
        .put("airport_names", String.join(", ", airportNames))
        .put("location_names", locationNames.isEmpty() ? "none" : String.join(", ", locationNames))
        .put("city_lines", cityLines)
        .put("places_text", placesText.toString())
        .put("init_lines", initLines)
        .put("init_text", initText.toString().strip())
        .put("goal_lines", goalLines)
        .put("goal_text", goalText.toString())
        .put("init_facts", initFacts)
        .put("goal_facts", goalFacts)
        .put("optimality", p.optimality())
        .buildOrThrow();
  }

  @Override
  public PddlFiles pddl(LogisticsProblem problem) {
    return LogisticsPddl.export(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one action per line, in order: an operator and its arguments separated by spaces. "
        + "\"load-truck P T L\" loads package P into truck T at place L; \"unload-truck P T L\" unloads it "
        + "there; \"load-airplane P A L\" and \"unload-airplane P A L\" do the same with airplane A at "
        + "airport L; \"drive-truck T FROM TO C\" drives truck T from place FROM to place TO of city C (the "
        + "city may be left out); \"fly-airplane A FROM TO\" flies airplane A from airport FROM to airport "
        + "TO. Names are case-insensitive; an operator may also be written with an underscore, without the "
        + "hyphen or as two words (\"load_truck\", \"loadtruck\", \"load truck\"); the words from, to, in, "
        + "into, at, on and onto between arguments are ignored (\"drive-truck t1 from l1-1 to apt1 in c1\"). "
        + "A line may be numbered (\"1.\", \"1)\", \"Step 1:\"), bulleted (\"-\", \"*\"), wrapped in "
        + "parentheses (\"(load-truck p1 t1 l1-1)\") or written as a call (\"fly-airplane(a1, apt1, apt2)\"), "
        + "and may end with a period or semicolon; blank lines and code-fence lines are skipped, and any "
        + "other line makes the answer unreadable. Example: \"load-truck p1 t1 l1-1\", then \"drive-truck "
        + "t1 l1-1 apt1 c1\", then \"unload-truck p1 t1 apt1\", one per line. The answer is the text of the "
        + "last <answer>...</answer> block; at most 10,000 actions are read.";
  }

  @Override
  public String scoring() {
    return "Score 1 for any plan, of any length, in which every action is legal where it stands "
        + "(a load needs the package and the vehicle at the place; an unload needs the package in the "
        + "vehicle and the vehicle at the place; a drive needs the truck at FROM and FROM and TO in the "
        + "same city (C, when given); a flight needs the airplane at FROM and TO to be an airport) and "
        + "after which every package is at its goal place (vehicles may end anywhere). With "
        + "optimality=true a valid plan longer than the reference plan scores reference length / plan "
        + "length instead (status PARTIAL); the reference is optimal unless metrics.optimal_proven is "
        + "false, when it is the best known plan and shorter plans score 1. Otherwise 0, with status "
        + "INVALID_FORMAT (the first unreadable line), ILLEGAL_STEP (the first illegal action and the "
        + "precondition it breaks; details.first_error_step) or GOAL_NOT_REACHED (the packages not at "
        + "their goals).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("packages", "objects", "plan_length", "lower_bound");
  }
}
