package io.taskforge.arithmetic.wordproblems;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A scenario text fragment: literal text with {@code ${name}} interpolations, a strict subset of
 * Freemarker's syntax (no directives, no built-ins, no other {@code $}/{@code #} constructs), parsed
 * once and rendered from an array of preformatted strings.
 *
 * <p>The generators module has no Freemarker on its class path, so fragments are rendered here;
 * because every value is a preformatted string and the syntax is a subset, Freemarker renders every
 * fragment to the same text (a test in the templates module checks this). Numbers are formatted
 * before they get here ({@link NumberText}), so output never depends on a locale.
 */
final class TextTemplate {
  private final String source;
  private final ImmutableList<String> literals;
  private final int[] slots;
  private final ImmutableList<String> names;

  private TextTemplate(String source, List<String> literals, int[] slots, List<String> names) {
    this.source = source;
    this.literals = ImmutableList.copyOf(literals);
    this.slots = slots;
    this.names = ImmutableList.copyOf(names);
  }

  /**
   * Parses a fragment; {@code slots} maps a name to its index in the value array, or -1 when the
   * name is unknown (an error).
   */
  static TextTemplate parse(String text, ToIntFunction<String> slots) {
    List<String> literals = new ArrayList<>();
    List<Integer> slotList = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          throw new IllegalArgumentException("text '" + text + "': unclosed ${");
        }
        String name = text.substring(i + 2, close);
        if (!isName(name)) {
          throw new IllegalArgumentException(
              "text '" + text + "': only ${name} interpolations are allowed, got ${" + name + "}");
        }
        int slot = slots.applyAsInt(name);
        if (slot < 0) {
          throw new IllegalArgumentException("text '" + text + "': unknown name '" + name + "'");
        }
        literals.add(lit.toString());
        lit.setLength(0);
        slotList.add(slot);
        names.add(name);
        i = close + 1;
        continue;
      }
      if ((c == '<' || c == '[') && i + 1 < text.length()
          && (text.charAt(i + 1) == '#' || text.charAt(i + 1) == '@' || text.charAt(i + 1) == '/')) {
        throw new IllegalArgumentException("text '" + text + "': Freemarker directives are not allowed");
      }
      if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        throw new IllegalArgumentException("text '" + text + "': #{...} is not allowed");
      }
      lit.append(c);
      i++;
    }
    literals.add(lit.toString());
    return new TextTemplate(text, literals, slotList.stream().mapToInt(Integer::intValue).toArray(),
        new ArrayList<>(names));
  }

  static boolean isName(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** The names interpolated, in order of first use. */
  List<String> names() {
    return names;
  }

  String source() {
    return source;
  }

  void render(String[] values, StringBuilder out) {
    out.append(literals.get(0));
    for (int k = 0; k < slots.length; k++) {
      String v = values[slots[k]];
      if (v == null) {
        throw new IllegalStateException("text '" + source + "': no value for slot " + slots[k]);
      }
      out.append(v).append(literals.get(k + 1));
    }
  }

  String render(String[] values) {
    StringBuilder sb = new StringBuilder(source.length() + 16);
    render(values, sb);
    return sb.toString();
  }

  @Override
  public String toString() {
    return source;
  }
}
