package io.taskforge.arithmetic.modular;

import io.taskforge.verify.Text;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A final answer of {@code arithmetic.modular} as read: {@code none}, or residues with an optional
 * modulus. Forms: {@code 34}, {@code 34 (mod 71)}, {@code x ≡ 6 (mod 7)}, {@code x = 6 mod 7},
 * {@code x ≡ 3, 10, 17 (mod 21)}, {@code 3, 10, 17}, {@code x \equiv 6 \pmod{7}}, optionally in
 * {@code $…$}, {@code \boxed{…}}, backticks or bold stars; none as {@code none}, {@code no solution(s)},
 * {@code no inverse}, {@code not invertible}, {@code does not exist} or {@code ∅} (any case).
 *
 * @param none whether the answer says there is none
 * @param residues the numbers given (at least one unless none)
 * @param modulus the modulus given, or null for none given
 * @param unknown whether the numbers are stated as values of x ({@code x ≡ …})
 */
record Answer(boolean none, List<BigInteger> residues, BigInteger modulus, boolean unknown) {
  static final int MAX_CHARS = 20_000;
  private static final List<String> NONE = List.of("none", "no solution", "no solutions", "no inverse",
      "not invertible", "does not exist", "\u2205");

  /** The answer, or null when it is not of these forms. */
  static Answer read(String text) {
    if (text == null || text.length() > MAX_CHARS) {
      return null;
    }
    String t = unwrap(text);
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1).strip();
    }
    if (NONE.contains(lower)) {
      return new Answer(true, List.of(), null, false);
    }
    Line line = Line.read(t, true);
    if (line == null || line.parts.size() > 2 || line.moduli.size() > 1) {
      return null;
    }
    boolean unknown = false;
    List<Expr> values = line.parts.get(line.parts.size() - 1);
    if (line.parts.size() == 2) {
      List<Expr> head = line.parts.get(0);
      if (head.size() != 1 || head.get(0).type != Expr.X) {
        return null;
      }
      unknown = true;
    }
    List<BigInteger> residues = new ArrayList<>(values.size());
    for (Expr e : values) {
      BigInteger v = integer(e);
      if (v == null) {
        return null;
      }
      residues.add(v);
    }
    BigInteger modulus = line.moduli.isEmpty() ? null : line.moduli.get(0);
    return new Answer(false, residues, modulus, unknown);
  }

  /** A signed integer literal, or null. */
  private static BigInteger integer(Expr e) {
    if (e.type == Expr.NUM) {
      return e.value;
    }
    if (e.type == Expr.NEG && e.left.type == Expr.NUM) {
      return e.left.value.negate();
    }
    return null;
  }

  private static String unwrap(String text) {
    int from = 0;
    int to = text.length();
    for (int layer = 0; layer < 8; layer++) {
      from = Text.skipSpaceForward(text, from, to);
      to = Text.skipSpaceBack(text, from, to);
      int before = to - from;
      while (from < to && (text.charAt(from) == '*' || text.charAt(from) == '`')) {
        from++;
      }
      while (to > from && (text.charAt(to - 1) == '*' || text.charAt(to - 1) == '`')) {
        to--;
      }
      if (to - from >= 2 && text.charAt(from) == '$' && text.charAt(to - 1) == '$') {
        from++;
        to--;
      } else if (text.startsWith("\\boxed{", from) && to - from > 7 && text.charAt(to - 1) == '}') {
        from += 7;
        to--;
      }
      if (to - from == before) {
        break;
      }
    }
    return text.substring(from, to);
  }
}
