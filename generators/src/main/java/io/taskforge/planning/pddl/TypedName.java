package io.taskforge.planning.pddl;

/** A name with its type ({@code object} when untyped): an object, a parameter or a type and its parent. */
public record TypedName(String name, String type) {
  public static final String OBJECT = "object";

  public static TypedName untyped(String name) {
    return new TypedName(name, OBJECT);
  }
}
