package io.taskforge.arithmetic.wordproblems;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.arithmetic.wordproblems.Scenario.Example;
import io.taskforge.arithmetic.wordproblems.Scenario.Let;
import io.taskforge.arithmetic.wordproblems.Scenario.Noop;
import io.taskforge.arithmetic.wordproblems.Scenario.NumVar;
import io.taskforge.arithmetic.wordproblems.Scenario.ObjectVar;
import io.taskforge.arithmetic.wordproblems.Scenario.PersonVar;
import io.taskforge.arithmetic.wordproblems.Scenario.Stage;
import io.taskforge.arithmetic.wordproblems.Scenario.ValueType;
import io.taskforge.math.Rational;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one scenario declaration (a YAML mapping, read as a JSON tree) into a {@link Scenario},
 * checking every rule that keeps the generated problems honest. A broken declaration fails loudly,
 * naming the scenario and what is wrong.
 *
 * <p>Rules: names are unique; formulas parse and name only what is in scope; a quantity uses only
 * variables the story has shown by its stage (never hidden ones) and earlier quantities, and does at
 * least one operation; a number first shown in a stage is used by a quantity of that stage; every
 * quantity of stages 0..k feeds the answer of stage k, for every k; texts interpolate only what is
 * shown by their stage; no-op clauses have their own numbers, which no quantity can use, and
 * interpolate only what the base stage shows; every variable is used; there are at least
 * {@code minStages} stages and {@code minNoops} no-ops, and an example with one answer per stage.
 */
final class ScenarioLoader {
  private final Set<String> objectPools;
  private final int minStages;
  private final int minNoops;

  /**
   * @param objectPools the names of the object pools scenarios may draw from
   * @param minStages the fewest stages a scenario may have (the base and one per extra step)
   * @param minNoops the fewest no-op clauses a scenario may have
   */
  ScenarioLoader(Set<String> objectPools, int minStages, int minNoops) {
    this.objectPools = objectPools;
    this.minStages = minStages;
    this.minNoops = minNoops;
  }

  Scenario load(JsonNode node) {
    String id = text(node, "id", "?");
    try {
      return new Builder(id, node).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("word-problem scenario '" + id + "': " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() ? fallback : v.asText();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        out.add(n.asText());
      }
    } else {
      out.add(node.asText());
    }
    return out;
  }

  private final class Builder {
    private final String id;
    private final JsonNode node;
    private final Map<String, Integer> slotOf = new LinkedHashMap<>();
    private final Map<String, Integer> textOf = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, JsonNode> varNodes = new LinkedHashMap<>();
    private final List<PersonVar> persons = new ArrayList<>();
    private final List<ObjectVar> objects = new ArrayList<>();
    private final List<NumVar> vars = new ArrayList<>();
    private final Set<String> hidden = new HashSet<>();
    /** The stage whose text first shows a numeric variable. */
    private final Map<String, Integer> shownAt = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    Builder(String id, JsonNode node) {
      this.id = id;
      this.node = node;
    }

    private void claim(String name) {
      if (!TextTemplate.isName(name) || !names.add(name)) {
        throw new IllegalArgumentException("name '" + name + "' is not a valid identifier or is declared twice");
      }
    }

    private int slot(String name) {
      int s = slotOf.size();
      slotOf.put(name, s);
      return s;
    }

    private int text(String name) {
      int t = textOf.size();
      textOf.put(name, t);
      return t;
    }

    Scenario build() {
      if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("the id must be lowercase words joined by '-'");
      }
      String topic = ScenarioLoader.text(node, "topic", null);
      if (topic == null) {
        throw new IllegalArgumentException("no topic");
      }
      JsonNode varsNode = require(node, "vars");
      for (Map.Entry<String, JsonNode> e : varsNode.properties()) {
        declareVar(e.getKey(), e.getValue());
      }
      JsonNode noopsNode = require(node, "noops");
      List<List<NumVar>> noopVars = new ArrayList<>();
      for (JsonNode n : noopsNode) {
        List<NumVar> nv = new ArrayList<>();
        JsonNode vn = n.get("vars");
        if (vn != null) {
          for (Map.Entry<String, JsonNode> e : vn.properties()) {
            String v = e.getKey();
            if (!TextTemplate.isName(v) || names.contains(v)) {
              throw new IllegalArgumentException("no-op " + noopVars.size() + " variable '" + v
                  + "' is not a valid identifier or shadows a variable");
            }
            String key = v + "#" + noopVars.size();
            nv.add(numVar(v, e.getValue(), slot(key), text(key), true));
          }
        }
        noopVars.add(nv);
      }
      JsonNode stagesNode = require(node, "stages");
      // quantity names first, so slots are known; scope is checked stage by stage below
      for (JsonNode st : stagesNode) {
        for (Iterator<String> it = require(st, "let").fieldNames(); it.hasNext(); ) {
          String q = it.next();
          claim(q);
          slot(q);
        }
      }
      List<Formula> where = new ArrayList<>();
      for (String w : strings(node.get("where"))) {
        Formula f = Formula.condition(w, slotOf::get);
        requireIn(f.names(), varNames(), "top-level constraint '" + w + "'");
        used.addAll(f.names());
        where.add(f);
      }
      List<Stage> stages = new ArrayList<>();
      Set<String> quantitiesInScope = new HashSet<>();
      Map<String, List<String>> dependsOn = new HashMap<>();
      int index = 0;
      for (JsonNode st : stagesNode) {
        stages.add(stage(index++, st, quantitiesInScope, dependsOn));
      }
      if (stages.size() < minStages) {
        throw new IllegalArgumentException("has " + stages.size() + " stages; at least " + minStages
            + " are needed (the base and one per extra step)");
      }
      if (stages.get(0).question() == null) {
        throw new IllegalArgumentException("stage 0 has no question");
      }
      checkEveryQuantityFeedsTheAnswer(stages, dependsOn);
      List<Noop> noops = new ArrayList<>();
      int k = 0;
      for (JsonNode n : noopsNode) {
        noops.add(noop(k, n, noopVars.get(k)));
        k++;
      }
      if (noops.size() < minNoops) {
        throw new IllegalArgumentException("has " + noops.size() + " no-op clauses; at least " + minNoops + " are needed");
      }
      for (NumVar v : vars) {
        if (!used.contains(v.name())) {
          throw new IllegalArgumentException("variable '" + v.name() + "' is never used");
        }
      }
      for (PersonVar p : persons) {
        if (!used.contains(p.name())) {
          throw new IllegalArgumentException("person '" + p.name() + "' is never mentioned");
        }
      }
      for (ObjectVar o : objects) {
        if (!used.contains(o.name())) {
          throw new IllegalArgumentException("object '" + o.name() + "' is never mentioned");
        }
      }
      Example example = example(require(node, "example"), stages.size());
      return new Scenario(id, topic, ImmutableList.copyOf(vars), ImmutableList.copyOf(persons),
          ImmutableList.copyOf(objects), ImmutableList.copyOf(where), ImmutableList.copyOf(stages),
          ImmutableList.copyOf(noops), slotOf.size(), textOf.size(), ImmutableMap.copyOf(slotOf),
          ImmutableMap.copyOf(textOf), example);
    }

    private JsonNode require(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        throw new IllegalArgumentException("missing '" + field + "'");
      }
      return v;
    }

    private Set<String> varNames() {
      Set<String> s = new HashSet<>();
      for (NumVar v : vars) {
        s.add(v.name());
      }
      return s;
    }

    private void requireIn(List<String> used, Set<String> allowed, String what) {
      for (String u : used) {
        if (!allowed.contains(u)) {
          throw new IllegalArgumentException(what + " uses '" + u + "', which is not in scope there");
        }
      }
    }

    private void declareVar(String name, JsonNode spec) {
      claim(name);
      if (spec.isTextual() && spec.asText().equals("person")) {
        int first = -1;
        for (String suffix : PersonVar.SUFFIXES) {
          if (!suffix.isEmpty()) {
            claim(name + suffix);
          }
          int t = text(name + suffix);
          first = first < 0 ? t : first;
        }
        persons.add(new PersonVar(name, first));
        return;
      }
      if (spec.isObject() && spec.has("pool")) {
        String pool = spec.get("pool").asText();
        if (!objectPools.contains(pool)) {
          throw new IllegalArgumentException("object '" + name + "' names an unknown pool '" + pool + "'");
        }
        int first = -1;
        for (String suffix : ObjectVar.SUFFIXES) {
          if (!suffix.isEmpty()) {
            claim(name + suffix);
          }
          int t = text(name + suffix);
          first = first < 0 ? t : first;
        }
        objects.add(new ObjectVar(name, pool, first));
        return;
      }
      boolean isHidden = spec.path("hidden").asBoolean(false);
      int slot = slot(name);
      int text = isHidden ? -1 : text(name);
      NumVar v = numVar(name, spec, slot, text, false);
      if (isHidden) {
        hidden.add(name);
      }
      vars.add(v);
      varNodes.put(name, spec);
    }

    private NumVar numVar(String name, JsonNode spec, int slot, int text, boolean noop) {
      if (!spec.isObject()) {
        throw new IllegalArgumentException("variable '" + name + "' must be a mapping, 'person' or a pool");
      }
      int decimals = spec.path("decimals").asInt(0);
      JsonNode scaleNode = spec.path("scale");
      int scale = scaleNode.isBoolean() ? (scaleNode.asBoolean() ? WordProblemsTask.MAX_MAGNITUDE - 1 : 0)
          : scaleNode.asInt(0);
      if (scale < 0 || scale > WordProblemsTask.MAX_MAGNITUDE - 1) {
        throw new IllegalArgumentException("variable '" + name + "': scale must be true, false or 0 to "
            + (WordProblemsTask.MAX_MAGNITUDE - 1));
      }
      boolean isHidden = spec.path("hidden").asBoolean(false);
      if (decimals < 0 || decimals > 2) {
        throw new IllegalArgumentException("variable '" + name + "': decimals must be 0, 1 or 2");
      }
      if (spec.has("expr")) {
        Set<String> earlier = varNames();
        Formula f = Formula.expression(spec.get("expr").asText(), slotOf::get);
        requireIn(f.names(), earlier, "variable '" + name + "'");
        used.addAll(f.names());
        return new NumVar(name, slot, text, 0, 0, 1, decimals, 0, isHidden, ImmutableList.of(), f);
      }
      if (spec.has("values")) {
        List<Long> values = new ArrayList<>();
        for (JsonNode v : spec.get("values")) {
          values.add(v.asLong());
        }
        if (values.isEmpty() || values.stream().anyMatch(v -> v <= 0)) {
          throw new IllegalArgumentException("variable '" + name + "': values must be positive integers");
        }
        return new NumVar(name, slot, text, 0, 0, 1, decimals, scale, isHidden, ImmutableList.copyOf(values), null);
      }
      if (!spec.has("min") || !spec.has("max")) {
        throw new IllegalArgumentException("variable '" + name + "' needs min and max, values or expr");
      }
      long min = spec.get("min").asLong();
      long max = spec.get("max").asLong();
      long step = spec.path("step").asLong(1);
      if (min <= 0 || max < min || step <= 0 || (max - min) % step != 0) {
        throw new IllegalArgumentException("variable '" + name + "': need 0 < min <= max and max - min a multiple of step");
      }
      if (noop && isHidden) {
        throw new IllegalArgumentException("no-op variable '" + name + "' cannot be hidden");
      }
      return new NumVar(name, slot, text, min, max, step, decimals, scale, isHidden, ImmutableList.of(), null);
    }

    private TextTemplate template(String text, Set<String> allowed, String what) {
      TextTemplate t = TextTemplate.parse(text, n -> textOf.getOrDefault(n, -1));
      for (String n : t.names()) {
        String base = baseName(n);
        if (!allowed.contains(base)) {
          throw new IllegalArgumentException(what + " '" + text + "' shows '" + n + "', which is not shown by then");
        }
        used.add(base);
      }
      return t;
    }

    /** The variable an interpolation name belongs to ({@code p_subj} → {@code p}). */
    private String baseName(String n) {
      for (PersonVar p : persons) {
        if (n.equals(p.name()) || (n.startsWith(p.name() + "_") && PersonVar.SUFFIXES.contains(n.substring(p.name().length())))) {
          return p.name();
        }
      }
      for (ObjectVar o : objects) {
        if (n.equals(o.name()) || (n.startsWith(o.name() + "_") && ObjectVar.SUFFIXES.contains(n.substring(o.name().length())))) {
          return o.name();
        }
      }
      return n;
    }

    private Set<String> textScope(int stage) {
      Set<String> s = new HashSet<>();
      for (PersonVar p : persons) {
        s.add(p.name());
      }
      for (ObjectVar o : objects) {
        s.add(o.name());
      }
      for (Map.Entry<String, Integer> e : shownAt.entrySet()) {
        if (e.getValue() <= stage) {
          s.add(e.getKey());
        }
      }
      return s;
    }

    private Stage stage(int index, JsonNode st, Set<String> quantitiesInScope, Map<String, List<String>> dependsOn) {
      String where = "stage " + index;
      List<String> sentenceTexts = strings(st.get("text"));
      if (sentenceTexts.isEmpty()) {
        throw new IllegalArgumentException(where + " has no text");
      }
      for (String s : sentenceTexts) {
        for (String h : hidden) {
          if (s.contains("${" + h + "}")) {
            throw new IllegalArgumentException(where + " shows the hidden variable '" + h + "'");
          }
        }
      }
      // which numeric variables this stage's text shows for the first time
      Set<String> firstShown = new HashSet<>();
      for (String s : sentenceTexts) {
        for (String n : TextTemplate.parse(s, x -> textOf.getOrDefault(x, -1)).names()) {
          if (slotOf.containsKey(n) && varNodes.containsKey(n) && !shownAt.containsKey(n)) {
            if (hidden.contains(n)) {
              throw new IllegalArgumentException(where + " shows the hidden variable '" + n + "'");
            }
            shownAt.put(n, index);
            firstShown.add(n);
          }
        }
      }
      Set<String> scope = textScope(index);
      List<TextTemplate> sentences = new ArrayList<>();
      for (String s : sentenceTexts) {
        sentences.add(template(s, scope, where + " text"));
      }
      TextTemplate question = st.has("question") ? template(st.get("question").asText(), scope, where + " question") : null;
      Set<String> formulaScope = new HashSet<>(quantitiesInScope);
      for (Map.Entry<String, Integer> e : shownAt.entrySet()) {
        if (e.getValue() <= index) {
          formulaScope.add(e.getKey());
        }
      }
      List<Let> lets = new ArrayList<>();
      Set<String> usedHere = new HashSet<>();
      for (Map.Entry<String, JsonNode> e : require(st, "let").properties()) {
        String q = e.getKey();
        JsonNode spec = e.getValue();
        String exprText = spec.isObject() ? require(spec, "expr").asText() : spec.asText();
        Formula f = Formula.expression(exprText, slotOf::get);
        requireIn(f.names(), formulaScope, where + " quantity '" + q + "'");
        if (f.operations() == 0) {
          throw new IllegalArgumentException(where + " quantity '" + q + "' does no arithmetic");
        }
        if (!spec.isObject() || !spec.has("about")) {
          throw new IllegalArgumentException(where + " quantity '" + q + "' has no 'about'");
        }
        TextTemplate about = template(spec.get("about").asText(), scope, where + " quantity '" + q + "' about");
        ValueType type = ValueType.valueOf(spec.path("type").asText("count").toUpperCase(Locale.ROOT));
        usedHere.addAll(f.names());
        used.addAll(f.names());
        dependsOn.put(q, f.names());
        lets.add(new Let(q, slotOf.get(q), f, about, type));
        formulaScope.add(q);
        quantitiesInScope.add(q);
      }
      for (String n : firstShown) {
        if (!usedHere.contains(n)) {
          throw new IllegalArgumentException(where + " shows '" + n + "' but none of its quantities uses it");
        }
      }
      List<Formula> constraints = new ArrayList<>();
      Set<String> constraintScope = new HashSet<>(formulaScope);
      constraintScope.addAll(varNames());
      for (String w : strings(st.get("where"))) {
        Formula f = Formula.condition(w, slotOf::get);
        requireIn(f.names(), constraintScope, where + " constraint '" + w + "'");
        used.addAll(f.names());
        constraints.add(f);
      }
      String answer = require(st, "answer").asText();
      if (!quantitiesInScope.contains(answer)) {
        throw new IllegalArgumentException(where + " answers '" + answer + "', which is not a quantity in scope");
      }
      return new Stage(ImmutableList.copyOf(sentences), ImmutableList.copyOf(lets), ImmutableList.copyOf(constraints),
          question, answer, slotOf.get(answer));
    }

    private void checkEveryQuantityFeedsTheAnswer(List<Stage> stages, Map<String, List<String>> dependsOn) {
      for (int k = 0; k < stages.size(); k++) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(stages.get(k).answer());
        while (!pending.isEmpty()) {
          String q = pending.pop();
          if (reached.add(q)) {
            for (String d : dependsOn.getOrDefault(q, List.of())) {
              if (dependsOn.containsKey(d)) {
                pending.add(d);
              }
            }
          }
        }
        for (int s = 0; s <= k; s++) {
          for (Let l : stages.get(s).lets()) {
            if (!reached.contains(l.name())) {
              throw new IllegalArgumentException("with " + k + " extra steps, quantity '" + l.name()
                  + "' does not feed the answer '" + stages.get(k).answer() + "'");
            }
          }
        }
      }
    }

    private Noop noop(int index, JsonNode n, List<NumVar> own) {
      Set<String> scope = textScope(0);
      Set<String> ownNames = new HashSet<>();
      for (NumVar v : own) {
        ownNames.add(v.name());
      }
      String text = require(n, "text").asText();
      TextTemplate t = TextTemplate.parse(text,
          x -> ownNames.contains(x) ? textOf.get(x + "#" + index) : textOf.getOrDefault(x, -1));
      for (String x : t.names()) {
        String base = baseName(x);
        if (!ownNames.contains(x) && !scope.contains(base)) {
          throw new IllegalArgumentException("no-op " + index + " '" + text + "' shows '" + x
              + "', which the base stage does not show");
        }
        used.add(base);
      }
      for (String v : ownNames) {
        if (!t.names().contains(v)) {
          throw new IllegalArgumentException("no-op " + index + " never shows its variable '" + v + "'");
        }
      }
      Set<String> mainVars = varNames();
      List<Formula> where = new ArrayList<>();
      for (String w : strings(n.get("where"))) {
        Formula f = Formula.condition(w,
            x -> ownNames.contains(x) ? slotOf.get(x + "#" + index) : mainVars.contains(x) ? slotOf.get(x) : null);
        for (String x : f.names()) {
          if (!ownNames.contains(x)) {
            used.add(x);
          }
        }
        where.add(f);
      }
      return new Noop(index, ImmutableList.copyOf(own), ImmutableList.copyOf(where), t);
    }

    private Example example(JsonNode ex, int stageCount) {
      Map<String, Rational> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : require(ex, "vars").properties()) {
        values.put(e.getKey(), decimal(e.getValue().asText()));
      }
      for (NumVar v : vars) {
        if (!v.derived() && !values.containsKey(v.name())) {
          throw new IllegalArgumentException("the example gives no value for '" + v.name() + "'");
        }
      }
      List<Rational> answers = new ArrayList<>();
      for (JsonNode a : require(ex, "answers")) {
        answers.add(decimal(a.asText()));
      }
      if (answers.size() != stageCount) {
        throw new IllegalArgumentException("the example has " + answers.size() + " answers for " + stageCount + " stages");
      }
      return new Example(ImmutableMap.copyOf(values), ImmutableList.copyOf(answers));
    }

    private Rational decimal(String s) {
      if (s.contains("/")) {
        return Rational.parse(s);
      }
      BigDecimal d = new BigDecimal(s);
      return d.scale() <= 0
          ? Rational.of(d.toBigIntegerExact())
          : Rational.of(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
    }
  }
}
