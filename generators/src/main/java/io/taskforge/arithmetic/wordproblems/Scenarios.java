package io.taskforge.arithmetic.wordproblems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario library: YAML files on the class path under {@code taskforge/word-problems/}
 * ({@code pools.yaml}, and the scenario files listed in {@code index.txt}), loaded and checked once.
 * Scenarios keep file order, then declaration order; ids are unique.
 */
final class Scenarios {
  static final String ROOT = "taskforge/word-problems/";
  /** The base stage plus one stage per extra step of the highest level. */
  static final int MIN_STAGES = WordProblemsTask.MAX_EXTRA_STEPS + 1;

  private static final class Holder {
    static final Scenarios LIBRARY = load();
  }

  private final Pools pools;
  private final ImmutableList<Scenario> all;
  private final ImmutableMap<String, Scenario> byId;

  private Scenarios(Pools pools, List<Scenario> all) {
    this.pools = pools;
    this.all = ImmutableList.copyOf(all);
    Map<String, Scenario> m = new LinkedHashMap<>();
    for (Scenario s : all) {
      if (m.put(s.id(), s) != null) {
        throw new IllegalStateException("two word-problem scenarios share the id '" + s.id() + "'");
      }
    }
    this.byId = ImmutableMap.copyOf(m);
  }

  static Scenarios library() {
    return Holder.LIBRARY;
  }

  Pools pools() {
    return pools;
  }

  List<Scenario> all() {
    return all;
  }

  /** The ids, in library order. */
  List<String> ids() {
    return byId.keySet().asList();
  }

  Scenario get(String id) {
    Scenario s = byId.get(id);
    if (s == null) {
      throw new IllegalArgumentException("no word-problem scenario '" + id + "'");
    }
    return s;
  }

  private static Scenarios load() {
    YAMLMapper yaml = new YAMLMapper();
    Pools pools = pools(read(yaml, ROOT + "pools.yaml"));
    ScenarioLoader loader = new ScenarioLoader(pools.objects().keySet(), MIN_STAGES, WordProblemsTask.MAX_NOOPS);
    List<Scenario> all = new ArrayList<>();
    for (String file : lines(ROOT + "index.txt")) {
      JsonNode doc = read(yaml, ROOT + file);
      if (!doc.isArray()) {
        throw new IllegalStateException(ROOT + file + " must be a list of scenarios");
      }
      for (JsonNode n : doc) {
        all.add(loader.load(n));
      }
    }
    return new Scenarios(pools, all);
  }

  private static Pools pools(JsonNode root) {
    ImmutableList.Builder<Pools.Person> persons = ImmutableList.builder();
    for (JsonNode n : root.path("female")) {
      persons.add(new Pools.Person(n.asText(), true));
    }
    for (JsonNode n : root.path("male")) {
      persons.add(new Pools.Person(n.asText(), false));
    }
    ImmutableMap.Builder<String, ImmutableList<Pools.Thing>> objects = ImmutableMap.builder();
    for (var e : root.path("objects").properties()) {
      ImmutableList.Builder<Pools.Thing> things = ImmutableList.builder();
      for (JsonNode t : e.getValue()) {
        String s = t.asText();
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1) {
          throw new IllegalStateException("pool " + e.getKey() + ": '" + s + "' must be 'singular/plural'");
        }
        things.add(new Pools.Thing(s.substring(0, slash), s.substring(slash + 1)));
      }
      objects.put(e.getKey(), things.build());
    }
    return new Pools(persons.build(), objects.buildOrThrow());
  }

  private static InputStream open(String path) {
    InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }

  private static JsonNode read(YAMLMapper yaml, String path) {
    try (InputStream in = open(path)) {
      return yaml.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> lines(String path) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }
}
