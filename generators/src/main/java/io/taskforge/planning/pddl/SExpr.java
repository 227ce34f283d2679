package io.taskforge.planning.pddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An s-expression of PDDL text: an atom or a list. {@link #parseAll} reads text into top-level
 * expressions; atoms are lower-cased (PDDL is case-insensitive) and {@code ;} starts a comment.
 */
public sealed interface SExpr {
  /** How deep lists may nest; PDDL written by people or by taskforge stays far below. */
  int MAX_DEPTH = 64;

  record Atom(String text) implements SExpr {
    @Override
    public String toString() {
      return text;
    }
  }

  record ListExpr(List<SExpr> items) implements SExpr {
    public ListExpr {
      items = List.copyOf(items);
    }

    public int size() {
      return items.size();
    }

    public SExpr get(int i) {
      return items.get(i);
    }

    /** The text of atom {@code i}, or null when it is not an atom or out of range. */
    public String atom(int i) {
      return i < items.size() && items.get(i) instanceof Atom a ? a.text() : null;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < items.size(); i++) {
        sb.append(i == 0 ? "" : " ").append(items.get(i));
      }
      return sb.append(')').toString();
    }
  }

  /** Every top-level expression of {@code text}; a {@link PddlException} names the first error. */
  static List<SExpr> parseAll(String text) {
    List<List<SExpr>> stack = new ArrayList<>();
    List<SExpr> top = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ';') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        if (stack.size() == MAX_DEPTH) {
          throw new PddlException("lists nest deeper than " + MAX_DEPTH + " levels at offset " + i);
        }
        stack.add(new ArrayList<>());
        i++;
      } else if (c == ')') {
        if (stack.isEmpty()) {
          throw new PddlException("a ')' at offset " + i + " closes no list");
        }
        ListExpr done = new ListExpr(stack.remove(stack.size() - 1));
        (stack.isEmpty() ? top : stack.get(stack.size() - 1)).add(done);
        i++;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i)) && "();".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        Atom atom = new Atom(text.substring(start, i).toLowerCase(Locale.ROOT));
        (stack.isEmpty() ? top : stack.get(stack.size() - 1)).add(atom);
      }
    }
    if (!stack.isEmpty()) {
      throw new PddlException("the text ends with " + stack.size() + " unclosed list(s)");
    }
    return top;
  }
}
