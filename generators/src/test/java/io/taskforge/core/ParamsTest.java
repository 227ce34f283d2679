package io.taskforge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {
  private final ParamSchema schema = ParamSchema.of(
      ParamSpec.integer("people", 5, 2, 12, "how many people"),
      ParamSpec.bool("lies", true, "whether anyone lies"),
      ParamSpec.choice("mode", "final", List.of("final", "trace"), "what is scored"));

  @Test
  void defaultsAreInSchemaOrderWithACanonicalForm() {
    Params p = schema.defaults();
    assertThat(p.asMap().keySet()).containsExactly("people", "lies", "mode");
    assertThat(p.canonical()).isEqualTo("people=5,lies=true,mode=final");
    assertThat(p.getInt("people")).isEqualTo(5);
  }

  @Test
  void textValuesAreParsedAndChecked() {
    Params p = schema.withText(schema.defaults(), Map.of("people", "7", "lies", "FALSE", "mode", "trace"), "t.x");
    assertThat(p.canonical()).isEqualTo("people=7,lies=false,mode=trace");
  }

  @Test
  void errorsNameTheParamAndWhatIsAllowed() {
    assertThatThrownBy(() -> schema.withText(schema.defaults(), Map.of("people", "13"), "t.x"))
        .hasMessage("param 'people' must be an integer from 2 to 12, got 13");
    assertThatThrownBy(() -> schema.withText(schema.defaults(), Map.of("people", "many"), "t.x"))
        .hasMessage("param 'people' must be an integer from 2 to 12, got 'many'");
    assertThatThrownBy(() -> schema.withText(schema.defaults(), Map.of("lies", "yes"), "t.x"))
        .hasMessage("param 'lies' must be true or false, got 'yes'");
    assertThatThrownBy(() -> schema.withText(schema.defaults(), Map.of("mode", "all"), "t.x"))
        .hasMessage("param 'mode' must be one of final, trace, got 'all'");
    assertThatThrownBy(() -> schema.withText(schema.defaults(), Map.of("peple", "3"), "t.x"))
        .hasMessage("task t.x has no param 'peple' (did you mean 'people'?); its params are people, lies, mode");
  }
}
