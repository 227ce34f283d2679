package io.taskforge.arithmetic.wordproblems;

import com.google.common.collect.ImmutableList;
import io.taskforge.math.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An exact arithmetic expression (or comparison) declared by a scenario, parsed once and evaluated
 * over a slot array of {@link Rational} values.
 *
 * <p>Grammar: {@code condition := sum [cmp sum]}, {@code sum := product (('+'|'-') product)*},
 * {@code product := unary (('*'|'/'|'%') unary)*}, {@code unary := '-' unary | atom},
 * {@code atom := number | name | '(' sum ')'}; {@code cmp} is one of {@code < <= > >= == !=};
 * numbers are decimal ({@code 12}, {@code 0.25}); names are {@code [a-z_][a-z0-9_]*}. {@code %} is
 * the remainder of two integers (for divisibility constraints). Evaluation throws
 * {@link ArithmeticException} on division by zero or a remainder of non-integers; the sampler
 * rejects such a draw.
 */
final class Formula {
  private final String source;
  private final Node root;
  private final Cmp cmp;
  private final Node right;
  private final ImmutableList<Token> tokens;
  private final ImmutableList<String> names;
  private final int operations;

  private Formula(String source, Node root, Cmp cmp, Node right, List<Token> tokens, Set<String> names, int operations) {
    this.source = source;
    this.root = root;
    this.cmp = cmp;
    this.right = right;
    this.tokens = ImmutableList.copyOf(tokens);
    this.names = ImmutableList.copyOf(names);
    this.operations = operations;
  }

  /** An arithmetic expression; names are resolved to slots by {@code slots} (null: unknown). */
  static Formula expression(String text, Function<String, Integer> slots) {
    Parser p = new Parser(text, slots);
    Node n = p.sum();
    p.expectEnd();
    return new Formula(text, n, null, null, p.tokens, p.names, p.operations);
  }

  /** A comparison of two expressions. */
  static Formula condition(String text, Function<String, Integer> slots) {
    Parser p = new Parser(text, slots);
    Node l = p.sum();
    Cmp c = p.comparison();
    Node r = p.sum();
    p.expectEnd();
    return new Formula(text, l, c, r, p.tokens, p.names, p.operations);
  }

  /** Names used, in order of first use. */
  List<String> names() {
    return names;
  }

  String source() {
    return source;
  }

  /** Binary operations in the expression. */
  int operations() {
    return operations;
  }

  boolean isCondition() {
    return cmp != null;
  }

  Rational eval(Rational[] env) {
    return root.eval(env);
  }

  boolean test(Rational[] env) {
    int c = root.eval(env).compareTo(right.eval(env));
    return switch (cmp) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
    };
  }

  /**
   * The expression as written, with each name replaced by {@code text.apply(name)} (a name that
   * maps to null stays), one space around binary operators and none inside parentheses.
   */
  String render(Function<String, String> text) {
    StringBuilder sb = new StringBuilder(tokens.size() * 4);
    for (Token t : tokens) {
      switch (t.kind) {
        case NUMBER -> sb.append(t.text);
        case NAME -> {
          String s = text.apply(t.text);
          sb.append(s == null ? t.text : s);
        }
        case BINARY -> sb.append(' ').append(t.text).append(' ');
        case UNARY, OPEN, CLOSE -> sb.append(t.text);
      }
    }
    return sb.toString();
  }

  /** Like {@link #render(Function)} with values from a map. */
  String render(Map<String, String> text) {
    return render(text::get);
  }

  @Override
  public String toString() {
    return source;
  }

  // ---- parsing ----

  enum Cmp { LT, LE, GT, GE, EQ, NE }

  private enum Kind { NUMBER, NAME, BINARY, UNARY, OPEN, CLOSE }

  private record Token(Kind kind, String text) {}

  private static final class Parser {
    private final String s;
    private final Function<String, Integer> slots;
    private final List<Token> tokens = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();
    private int pos;
    private int operations;

    Parser(String s, Function<String, Integer> slots) {
      this.s = s;
      this.slots = slots;
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException("formula '" + s + "': " + what + " at position " + pos);
    }

    private void skip() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    private boolean peek(char c) {
      skip();
      return pos < s.length() && s.charAt(pos) == c;
    }

    void expectEnd() {
      skip();
      if (pos != s.length()) {
        throw error("unexpected '" + s.charAt(pos) + "'");
      }
    }

    Cmp comparison() {
      skip();
      String two = pos + 2 <= s.length() ? s.substring(pos, pos + 2) : "";
      Cmp c;
      int len = 2;
      switch (two) {
        case "<=" -> c = Cmp.LE;
        case ">=" -> c = Cmp.GE;
        case "==" -> c = Cmp.EQ;
        case "!=" -> c = Cmp.NE;
        default -> {
          len = 1;
          if (peek('<')) {
            c = Cmp.LT;
          } else if (peek('>')) {
            c = Cmp.GT;
          } else {
            throw error("expected a comparison (< <= > >= == !=)");
          }
        }
      }
      pos += len;
      return c;
    }

    Node sum() {
      Node n = product();
      while (peek('+') || peek('-')) {
        char op = s.charAt(pos++);
        tokens.add(new Token(Kind.BINARY, String.valueOf(op)));
        operations++;
        Node r = product();
        n = op == '+' ? new Add(n, r) : new Sub(n, r);
      }
      return n;
    }

    Node product() {
      Node n = unary();
      while (peek('*') || peek('/') || peek('%')) {
        char op = s.charAt(pos++);
        tokens.add(new Token(Kind.BINARY, String.valueOf(op)));
        operations++;
        Node r = unary();
        n = op == '*' ? new Mul(n, r) : op == '/' ? new Div(n, r) : new Rem(n, r);
      }
      return n;
    }

    Node unary() {
      if (peek('-')) {
        pos++;
        tokens.add(new Token(Kind.UNARY, "-"));
        return new Neg(unary());
      }
      return atom();
    }

    Node atom() {
      skip();
      if (pos >= s.length()) {
        throw error("expected a number, a name or '('");
      }
      char c = s.charAt(pos);
      if (c == '(') {
        pos++;
        tokens.add(new Token(Kind.OPEN, "("));
        Node n = sum();
        if (!peek(')')) {
          throw error("expected ')'");
        }
        pos++;
        tokens.add(new Token(Kind.CLOSE, ")"));
        return n;
      }
      int start = pos;
      if (c >= '0' && c <= '9') {
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
          pos++;
        }
        String text = s.substring(start, pos);
        tokens.add(new Token(Kind.NUMBER, text));
        return new Const(decimal(text));
      }
      if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        while (pos < s.length() && (s.charAt(pos) == '_' || Character.isLetterOrDigit(s.charAt(pos)))) {
          pos++;
        }
        String name = s.substring(start, pos);
        Integer slot = slots.apply(name);
        if (slot == null) {
          throw error("unknown name '" + name + "'");
        }
        tokens.add(new Token(Kind.NAME, name));
        names.add(name);
        return new Slot(slot);
      }
      throw error("unexpected '" + c + "'");
    }

    private Rational decimal(String text) {
      int dot = text.indexOf('.');
      if (dot != text.lastIndexOf('.') || dot == text.length() - 1) {
        throw error("bad number '" + text + "'");
      }
      if (dot < 0) {
        return Rational.of(new BigInteger(text));
      }
      String digits = text.substring(0, dot) + text.substring(dot + 1);
      return Rational.of(new BigInteger(digits), BigInteger.TEN.pow(text.length() - dot - 1));
    }
  }

  // ---- the tree ----

  private abstract static class Node {
    abstract Rational eval(Rational[] env);
  }

  private static final class Const extends Node {
    private final Rational value;

    Const(Rational value) {
      this.value = value;
    }

    @Override
    Rational eval(Rational[] env) {
      return value;
    }
  }

  private static final class Slot extends Node {
    private final int slot;

    Slot(int slot) {
      this.slot = slot;
    }

    @Override
    Rational eval(Rational[] env) {
      Rational v = env[slot];
      if (v == null) {
        throw new IllegalStateException("slot " + slot + " has no value yet");
      }
      return v;
    }
  }

  private static final class Neg extends Node {
    private final Node a;

    Neg(Node a) {
      this.a = a;
    }

    @Override
    Rational eval(Rational[] env) {
      return a.eval(env).negate();
    }
  }

  private static final class Add extends Node {
    private final Node a;
    private final Node b;

    Add(Node a, Node b) {
      this.a = a;
      this.b = b;
    }

    @Override
    Rational eval(Rational[] env) {
      return a.eval(env).add(b.eval(env));
    }
  }

  private static final class Sub extends Node {
    private final Node a;
    private final Node b;

    Sub(Node a, Node b) {
      this.a = a;
      this.b = b;
    }

    @Override
    Rational eval(Rational[] env) {
      return a.eval(env).subtract(b.eval(env));
    }
  }

  private static final class Mul extends Node {
    private final Node a;
    private final Node b;

    Mul(Node a, Node b) {
      this.a = a;
      this.b = b;
    }

    @Override
    Rational eval(Rational[] env) {
      return a.eval(env).multiply(b.eval(env));
    }
  }

  private static final class Div extends Node {
    private final Node a;
    private final Node b;

    Div(Node a, Node b) {
      this.a = a;
      this.b = b;
    }

    @Override
    Rational eval(Rational[] env) {
      return a.eval(env).divide(b.eval(env));
    }
  }

  private static final class Rem extends Node {
    private final Node a;
    private final Node b;

    Rem(Node a, Node b) {
      this.a = a;
      this.b = b;
    }

    @Override
    Rational eval(Rational[] env) {
      Rational x = a.eval(env);
      Rational y = b.eval(env);
      if (!x.isInteger() || !y.isInteger() || y.signum() == 0) {
        throw new ArithmeticException("remainder needs integers and a non-zero divisor");
      }
      return Rational.of(x.numerator().mod(y.numerator().abs()));
    }
  }
}
