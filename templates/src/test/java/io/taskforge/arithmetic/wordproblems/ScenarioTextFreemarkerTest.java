package io.taskforge.arithmetic.wordproblems;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The scenario texts are rendered in the generators module by {@link TextTemplate}, which has no
 * Freemarker; this test renders every fragment of every scenario with Freemarker itself (strict, as
 * the prompt renderer is configured) and checks that both give the same text, so the scenario texts
 * really are Freemarker.
 */
class ScenarioTextFreemarkerTest {

  private static Configuration freemarker() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setLocale(Locale.ROOT);
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setAPIBuiltinEnabled(false);
    return cfg;
  }

  /** A value for a text key with characters that a careless renderer would mangle. */
  private static String value(String key) {
    return "<" + key + " $1,250.50 100% O'Brien \\ ${not} #{this}>";
  }

  @Test
  void everyScenarioFragmentRendersTheSameWithFreemarker() throws Exception {
    Configuration cfg = freemarker();
    Set<String> checked = new TreeSet<>();
    int fragments = 0;
    for (Scenario s : Scenarios.library().all()) {
      String[] values = new String[s.texts()];
      s.textOf().forEach((key, index) -> values[index] = value(key));
      for (Scenario.Stage stage : s.stages()) {
        for (TextTemplate t : stage.sentences()) {
          fragments += check(cfg, t, values, Map.of());
        }
        if (stage.question() != null) {
          fragments += check(cfg, stage.question(), values, Map.of());
        }
        for (Scenario.Let l : stage.lets()) {
          fragments += check(cfg, l.about(), values, Map.of());
        }
      }
      for (Scenario.Noop noop : s.noops()) {
        Map<String, String> own = new HashMap<>();
        for (Scenario.NumVar v : noop.vars()) {
          own.put(v.name(), v.name() + "#" + noop.index());
        }
        fragments += check(cfg, noop.text(), values, own);
      }
      checked.add(s.id());
    }
    assertThat(checked).hasSize(Scenarios.library().all().size());
    assertThat(fragments).isGreaterThan(1000);
  }

  private static int check(Configuration cfg, TextTemplate t, String[] values, Map<String, String> own)
      throws Exception {
    Map<String, Object> model = new HashMap<>();
    for (String name : t.names()) {
      model.put(name, value(own.getOrDefault(name, name)));
    }
    StringWriter out = new StringWriter();
    new Template("fragment", new StringReader(t.source()), cfg).process(model, out);
    assertThat(t.render(values)).as(t.source()).isEqualTo(out.toString());
    return 1;
  }

  @Test
  void theSubsetRulesOutWhatFreemarkerWouldInterpret() {
    for (String bad : List.of("<#if x>a</#if>", "${x?upper_case}", "#{x}", "[#list]", "<@macro/>")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextTemplate.parse(bad, n -> 0)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
