package io.taskforge.datasets.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Json;
import io.taskforge.core.Task;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pack spec as written by a person (YAML or JSON), every field checked. Task ids, params and
 * templates are checked when the spec is resolved ({@link ResolvedPack#resolve}).
 *
 * @param source the spec's file name, for messages
 * @param baseDir the directory that relative {@code exclude} paths are resolved against
 * @param canary the canary GUID, or null to derive one from the name and seed
 */
public record PackSpec(
    String source,
    Path baseDir,
    String name,
    String version,
    long seed,
    String description,
    String license,
    String canary,
    List<Split> splits,
    List<Entry> tasks,
    List<String> exclude) {

  /** A split: its name, record count, and levels that replace the tasks' levels (empty: the tasks' own). */
  public record Split(String name, long count, List<Integer> levels) {
    public Split {
      levels = ImmutableList.copyOf(levels);
    }
  }

  /**
   * One task of the mix: drawn with probability {@code weight / total weight}, at a level drawn
   * uniformly from {@code levels}, with {@code params} on top of each level's params.
   */
  public record Entry(String task, int weight, List<Integer> levels, String template, Map<String, Object> params) {
    public Entry {
      levels = ImmutableList.copyOf(levels);
      params = ImmutableMap.copyOf(params);
    }
  }

  static final List<String> FIELDS =
      List.of("name", "version", "seed", "description", "license", "canary", "splits", "tasks", "exclude");
  static final List<String> SPLIT_FIELDS = List.of("count", "levels");
  static final List<String> TASK_FIELDS = List.of("task", "weight", "level", "levels", "template", "params");
  static final long MAX_SPLIT_COUNT = 500_000_000L;

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SPLIT_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
  private static final Pattern LICENSE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,63}");
  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public PackSpec {
    splits = ImmutableList.copyOf(splits);
    tasks = ImmutableList.copyOf(tasks);
    exclude = ImmutableList.copyOf(exclude);
  }

  /** Reads a spec file: JSON when its name ends in {@code .json}, YAML otherwise. */
  public static PackSpec read(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new PackException("no such spec file: " + file);
    } catch (CharacterCodingException e) {
      throw new PackException("spec " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new PackException("cannot read spec " + file + ": " + e.getMessage());
    }
    Path parent = file.toAbsolutePath().getParent();
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(text, file.toString(), parent, json);
  }

  /** Parses spec text; {@code source} names it in messages. */
  public static PackSpec parse(String text, String source, Path baseDir, boolean json) {
    JsonNode root;
    try {
      if (json) {
        root = Json.MAPPER.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(text);
      } else {
        root = YAML.readTree(text);
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new PackException(source + " is not valid " + (json ? "JSON" : "YAML") + where + ": " + firstLine(e.getOriginalMessage()));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new PackException(source + " is empty; a spec needs at least name, version, seed, splits and tasks");
    }
    return fromTree(root, source, baseDir);
  }

  private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Reads a spec from a JSON tree (a parsed file, or the {@code spec} of a manifest). */
  public static PackSpec fromTree(JsonNode root, String source, Path baseDir) {
    SpecFields f = new SpecFields(source);
    f.object(root, "", FIELDS);
    String name = f.string(f.required(root, "", "name", "lowercase letters, digits and dashes"), "name");
    if (!NAME.matcher(name).matches() || name.length() > 100) {
      throw f.error("name", "must be lowercase letters, digits and single dashes ([a-z0-9-]+, at most 100 characters), got '" + SpecFields.abbreviate(name) + "'");
    }
    JsonNode versionNode = f.required(root, "", "version", "a semantic version like 1.0.0");
    if (!versionNode.isTextual()) {
      throw f.error("version", "must be a semantic version like 1.0.0 (quote it if your YAML reads it as a number), got " + SpecFields.describe(versionNode));
    }
    String version = versionNode.textValue();
    if (!SEMVER.matcher(version).matches()) {
      throw f.error("version", "must be a semantic version like 1.0.0, got '" + SpecFields.abbreviate(version) + "'");
    }
    long seed = f.integer(f.required(root, "", "seed", "an integer"), "seed", Long.MIN_VALUE, Long.MAX_VALUE);
    String description = root.hasNonNull("description") ? f.string(root.get("description"), "description").strip() : "";
    String license = "unknown";
    if (root.hasNonNull("license")) {
      license = f.string(root.get("license"), "license");
      if (!LICENSE.matcher(license).matches()) {
        throw f.error("license", "must be a license identifier such as CC-BY-4.0, MIT or other, got '" + SpecFields.abbreviate(license) + "'");
      }
    }
    String canary = null;
    if (root.hasNonNull("canary")) {
      canary = f.string(root.get("canary"), "canary");
      if (!GUID.matcher(canary).matches()) {
        throw f.error("canary", "must be a GUID like 3f2c1e9a-7b41-4d2e-9c55-0a8b6d4e1f27, got '" + SpecFields.abbreviate(canary) + "'");
      }
      canary = canary.toLowerCase(Locale.ROOT);
    }

    JsonNode splitsNode = f.required(root, "", "splits", "a mapping from split name to {count, levels}");
    if (!splitsNode.isObject() || splitsNode.isEmpty()) {
      throw f.error("splits", "must be a non-empty mapping from split name to {count, levels}, got " + SpecFields.describe(splitsNode));
    }
    List<Split> splits = new ArrayList<>();
    long total = 0;
    Iterator<Map.Entry<String, JsonNode>> it = splitsNode.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "splits." + e.getKey();
      if (!SPLIT_NAME.matcher(e.getKey()).matches() || e.getKey().length() > 64) {
        throw f.error("splits", "has a split named '" + SpecFields.abbreviate(e.getKey())
            + "'; split names must be a lowercase letter then letters, digits or underscores (dataset hubs reject other names)");
      }
      JsonNode s = f.object(e.getValue(), path, SPLIT_FIELDS);
      long count = f.integer(f.required(s, path, "count", "the number of records"), path + ".count", 1, MAX_SPLIT_COUNT);
      List<Integer> levels = s.hasNonNull("levels") ? f.levels(s.get("levels"), path + ".levels", true) : List.of();
      total += count;
      splits.add(new Split(e.getKey(), count, levels));
    }
    if (total > MAX_SPLIT_COUNT) {
      throw f.error("splits", "ask for " + total + " records in all; a pack holds at most " + MAX_SPLIT_COUNT);
    }

    JsonNode tasksNode = f.required(root, "", "tasks", "a list of {task, weight, levels, template, params}");
    if (!tasksNode.isArray() || tasksNode.isEmpty()) {
      throw f.error("tasks", "must be a non-empty list of {task, weight, levels, template, params}, got " + SpecFields.describe(tasksNode));
    }
    List<Entry> tasks = new ArrayList<>();
    for (int i = 0; i < tasksNode.size(); i++) {
      String path = "tasks[" + i + "]";
      JsonNode t = f.object(tasksNode.get(i), path, TASK_FIELDS);
      String task = f.string(f.required(t, path, "task", "a task id such as arithmetic.expression"), path + ".task");
      int weight = t.hasNonNull("weight") ? (int) f.integer(t.get("weight"), path + ".weight", 1, 1_000_000) : 1;
      if (t.hasNonNull("level") && t.hasNonNull("levels")) {
        throw f.error(path, "has both level and levels; give one of them");
      }
      List<Integer> levels = t.hasNonNull("levels") ? f.levels(t.get("levels"), path + ".levels", true)
          : t.hasNonNull("level") ? f.levels(t.get("level"), path + ".level", false)
          : List.of(Task.DEFAULT_LEVEL);
      String template = t.hasNonNull("template") ? f.string(t.get("template"), path + ".template") : "default";
      if (template.isBlank()) {
        throw f.error(path + ".template", "must be a template name, default or mix, got ''");
      }
      Map<String, Object> params = new LinkedHashMap<>();
      if (t.hasNonNull("params")) {
        JsonNode p = t.get("params");
        if (!p.isObject()) {
          throw f.error(path + ".params", "must be a mapping from param name to value, got " + SpecFields.describe(p));
        }
        Iterator<Map.Entry<String, JsonNode>> ps = p.fields();
        while (ps.hasNext()) {
          Map.Entry<String, JsonNode> pe = ps.next();
          params.put(pe.getKey(), scalar(f, pe.getValue(), path + ".params." + pe.getKey()));
        }
      }
      tasks.add(new Entry(task, weight, levels, template, params));
    }

    List<String> exclude = new ArrayList<>();
    if (root.hasNonNull("exclude")) {
      JsonNode ex = root.get("exclude");
      if (!ex.isArray()) {
        throw f.error("exclude", "must be a list of paths to earlier packs, got " + SpecFields.describe(ex));
      }
      for (int i = 0; i < ex.size(); i++) {
        String p = f.string(ex.get(i), "exclude[" + i + "]");
        if (p.isBlank()) {
          throw f.error("exclude[" + i + "]", "must be a path to an earlier pack, got ''");
        }
        exclude.add(p);
      }
    }
    return new PackSpec(source, baseDir, name, version, seed, description, license, canary, splits, tasks, exclude);
  }

  private static Object scalar(SpecFields f, JsonNode v, String field) {
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isNumber()) {
      return v.asText();
    }
    throw f.error(field, "must be a single value (a number, true/false or text), got " + SpecFields.describe(v));
  }

  /** The spec with every default filled in: itself a valid spec, stored in the manifest. */
  public Map<String, Object> toMap(String effectiveCanary) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("version", version);
    m.put("seed", seed);
    m.put("description", description);
    m.put("license", license);
    m.put("canary", effectiveCanary);
    Map<String, Object> s = new LinkedHashMap<>();
    for (Split split : splits) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("count", split.count());
      if (!split.levels().isEmpty()) {
        one.put("levels", split.levels());
      }
      s.put(split.name(), one);
    }
    m.put("splits", s);
    List<Map<String, Object>> t = new ArrayList<>();
    for (Entry e : tasks) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("task", e.task());
      one.put("weight", e.weight());
      one.put("levels", e.levels());
      one.put("template", e.template());
      one.put("params", e.params());
      t.add(one);
    }
    m.put("tasks", t);
    m.put("exclude", exclude);
    return m;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
