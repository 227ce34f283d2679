package io.taskforge.planning.pddl;

import io.taskforge.planning.pddl.SExpr.Atom;
import io.taskforge.planning.pddl.SExpr.ListExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the STRIPS fragment of PDDL that taskforge exports: {@code :strips}, {@code
 * :typing}, {@code :negative-preconditions} and {@code :equality}; preconditions, effects and goals
 * are conjunctions of literals. The writer's output reads back to equal records.
 */
public final class Pddl {
  private Pddl() {}

  public static String write(PddlDomain d) {
    StringBuilder sb = new StringBuilder();
    sb.append("(define (domain ").append(d.name()).append(")\n");
    if (!d.requirements().isEmpty()) {
      sb.append("  (:requirements");
      for (String r : d.requirements()) {
        sb.append(' ').append(r);
      }
      sb.append(")\n");
    }
    if (!d.types().isEmpty()) {
      sb.append("  (:types");
      for (TypedName t : d.types()) {
        sb.append(' ').append(t.name()).append(" - ").append(t.type());
      }
      sb.append(")\n");
    }
    sb.append("  (:predicates");
    for (PddlDomain.Predicate p : d.predicates()) {
      sb.append("\n    (").append(p.name());
      appendTyped(sb, p.parameters(), !d.types().isEmpty());
      sb.append(')');
    }
    sb.append(")\n");
    for (PddlAction a : d.actions()) {
      sb.append("  (:action ").append(a.name()).append("\n    :parameters (");
      appendTyped(sb, a.parameters(), !d.types().isEmpty());
      sb.append(")\n    :precondition ");
      appendConjunction(sb, a.precondition());
      sb.append("\n    :effect ");
      appendConjunction(sb, a.effect());
      sb.append(")\n");
    }
    return sb.append(")\n").toString();
  }

  public static String write(PddlProblem p) {
    boolean typed = false;
    for (TypedName o : p.objects()) {
      typed |= !o.type().equals(TypedName.OBJECT);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("(define (problem ").append(p.name()).append(")\n");
    sb.append("  (:domain ").append(p.domain()).append(")\n");
    sb.append("  (:objects");
    appendTyped(sb, p.objects(), typed);
    sb.append(")\n  (:init");
    for (Fact f : p.init()) {
      sb.append("\n    ").append(f);
    }
    sb.append(")\n  (:goal ");
    appendConjunction(sb, p.goal());
    return sb.append("))\n").toString();
  }

  private static void appendTyped(StringBuilder sb, List<TypedName> names, boolean typed) {
    boolean first = sb.charAt(sb.length() - 1) == '(';
    for (TypedName n : names) {
      sb.append(first ? "" : " ").append(n.name());
      if (typed) {
        sb.append(" - ").append(n.type());
      }
      first = false;
    }
  }

  private static void appendConjunction(StringBuilder sb, List<Literal> literals) {
    sb.append("(and");
    for (Literal l : literals) {
      sb.append(' ').append(l);
    }
    sb.append(')');
  }

  /** Reads a domain written by {@link #write(PddlDomain)} (or by hand, in the same fragment). */
  public static PddlDomain parseDomain(String text) {
    ListExpr root = define(text, "domain");
    String name = null;
    List<String> requirements = new ArrayList<>();
    List<TypedName> types = new ArrayList<>();
    List<PddlDomain.Predicate> predicates = new ArrayList<>();
    List<PddlAction> actions = new ArrayList<>();
    for (int i = 1; i < root.size(); i++) {
      ListExpr part = list(root.get(i), "a domain section");
      String head = part.atom(0);
      if ("domain".equals(head)) {
        name = part.atom(1);
      } else if (":requirements".equals(head)) {
        for (int k = 1; k < part.size(); k++) {
          requirements.add(atom(part, k, "a requirement"));
        }
      } else if (":types".equals(head)) {
        types.addAll(typedList(part, 1));
      } else if (":predicates".equals(head)) {
        for (int k = 1; k < part.size(); k++) {
          ListExpr p = list(part.get(k), "a predicate");
          predicates.add(new PddlDomain.Predicate(atom(p, 0, "a predicate name"), typedList(p, 1)));
        }
      } else if (":action".equals(head)) {
        actions.add(action(part));
      } else {
        throw new PddlException("the domain has a section " + head + " outside the supported STRIPS fragment");
      }
    }
    if (name == null) {
      throw new PddlException("the domain has no (domain NAME)");
    }
    return new PddlDomain(name, requirements, types, predicates, actions);
  }

  /** Reads a problem written by {@link #write(PddlProblem)} (or by hand, in the same fragment). */
  public static PddlProblem parseProblem(String text) {
    ListExpr root = define(text, "problem");
    String name = null;
    String domain = null;
    List<TypedName> objects = new ArrayList<>();
    List<Fact> init = new ArrayList<>();
    List<Literal> goal = null;
    for (int i = 1; i < root.size(); i++) {
      ListExpr part = list(root.get(i), "a problem section");
      String head = part.atom(0);
      if ("problem".equals(head)) {
        name = part.atom(1);
      } else if (":domain".equals(head)) {
        domain = part.atom(1);
      } else if (":objects".equals(head)) {
        objects.addAll(typedList(part, 1));
      } else if (":init".equals(head)) {
        for (int k = 1; k < part.size(); k++) {
          Literal l = literal(part.get(k));
          if (!l.positive()) {
            throw new PddlException("the initial state lists a negative literal " + l);
          }
          init.add(new Fact(l.predicate(), l.args()));
        }
      } else if (":goal".equals(head)) {
        goal = conjunction(part.size() == 2 ? part.get(1) : null, "the goal");
      } else {
        throw new PddlException("the problem has a section " + head + " outside the supported STRIPS fragment");
      }
    }
    if (name == null || domain == null || goal == null) {
      throw new PddlException("the problem needs (problem NAME), (:domain NAME) and (:goal ...)");
    }
    return new PddlProblem(name, domain, objects, init, goal);
  }

  /** Reads one ground action of a plan, e.g. {@code (unstack a b)}. */
  public static Fact parseAction(String text) {
    List<SExpr> all = SExpr.parseAll(text);
    if (all.size() != 1 || !(all.get(0) instanceof ListExpr l) || l.size() == 0) {
      throw new PddlException("a plan step must be one list like (action arg ...), got " + text.strip());
    }
    List<String> args = new ArrayList<>();
    for (int k = 1; k < l.size(); k++) {
      args.add(atom(l, k, "an action argument"));
    }
    return new Fact(atom(l, 0, "an action name"), args);
  }

  private static ListExpr define(String text, String kind) {
    List<SExpr> all = SExpr.parseAll(text);
    if (all.size() != 1 || !(all.get(0) instanceof ListExpr root) || !"define".equals(root.atom(0))) {
      throw new PddlException("a PDDL " + kind + " must be one (define ...) form");
    }
    return root;
  }

  private static PddlAction action(ListExpr part) {
    String name = atom(part, 1, "an action name");
    List<TypedName> params = List.of();
    List<Literal> pre = List.of();
    List<Literal> eff = List.of();
    for (int k = 2; k + 1 < part.size(); k += 2) {
      String key = atom(part, k, "an action keyword");
      SExpr value = part.get(k + 1);
      switch (key) {
        case ":parameters" -> params = typedList(list(value, "the parameters of " + name), 0);
        case ":precondition" -> pre = conjunction(value, "the precondition of " + name);
        case ":effect" -> eff = conjunction(value, "the effect of " + name);
        default -> throw new PddlException("action " + name + " has a keyword " + key + " outside the STRIPS fragment");
      }
    }
    return new PddlAction(name, params, pre, eff);
  }

  private static List<Literal> conjunction(SExpr e, String what) {
    if (e == null) {
      throw new PddlException(what + " is missing");
    }
    ListExpr l = list(e, what);
    List<Literal> out = new ArrayList<>();
    if ("and".equals(l.atom(0))) {
      for (int k = 1; k < l.size(); k++) {
        out.add(literal(l.get(k)));
      }
    } else if (l.size() > 0) {
      out.add(literal(l));
    }
    return out;
  }

  private static Literal literal(SExpr e) {
    ListExpr l = list(e, "a literal");
    if ("not".equals(l.atom(0))) {
      if (l.size() != 2) {
        throw new PddlException("(not ...) takes one atom, got " + l);
      }
      Literal inner = literal(l.get(1));
      if (!inner.positive()) {
        throw new PddlException("a double negation is outside the STRIPS fragment: " + l);
      }
      return new Literal(false, inner.predicate(), inner.args());
    }
    String p = atom(l, 0, "a predicate name");
    if (p.equals("and") || p.equals("or") || p.equals("forall") || p.equals("exists") || p.equals("when")) {
      throw new PddlException("(" + p + " ...) inside a literal is outside the STRIPS fragment");
    }
    List<String> args = new ArrayList<>();
    for (int k = 1; k < l.size(); k++) {
      args.add(atom(l, k, "an argument"));
    }
    return new Literal(true, p, args);
  }

  /** Reads {@code a b - t c - u d} (untyped names are {@code object}). */
  private static List<TypedName> typedList(ListExpr l, int from) {
    List<TypedName> out = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (int k = from; k < l.size(); k++) {
      String a = atom(l, k, "a name");
      if (a.equals("-")) {
        String type = atom(l, k + 1, "a type after '-'");
        for (String p : pending) {
          out.add(new TypedName(p, type));
        }
        pending.clear();
        k++;
      } else {
        pending.add(a);
      }
    }
    for (String p : pending) {
      out.add(TypedName.untyped(p));
    }
    return out;
  }

  private static ListExpr list(SExpr e, String what) {
    if (e instanceof ListExpr l) {
      return l;
    }
    throw new PddlException(what + " must be a list, got " + e);
  }

  private static String atom(ListExpr l, int i, String what) {
    String a = l.atom(i);
    if (a == null) {
      throw new PddlException(what + " is missing or not a name in " + l);
    }
    return a;
  }
}
