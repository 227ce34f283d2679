package io.taskforge.planning.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * A name-free text for a problem drawn as a graph of labelled objects and labelled relations, for
 * dedup fingerprints: problems that differ only in the names of their objects, or in the order they
 * are listed, get the same text.
 *
 * <p>Objects are coloured by colour refinement (1-dimensional Weisfeiler-Leman): each round, an
 * object's colour becomes its previous colour with the sorted multiset of (relation, direction,
 * neighbour colour); colours are renumbered by their sorted signatures, so the numbering depends on
 * nothing but the structure. The text lists the sorted final colours and the sorted coloured
 * relations. Isomorphic problems always get the same text; non-isomorphic ones practically never do.
 */
public final class CanonicalGraph {
  private final List<String> labels = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();

  private record Edge(String label, int from, int to) {}

  /** Adds an object with a structural label (its kind and name-free attributes); returns its index. */
  public int node(String label) {
    labels.add(label);
    return labels.size() - 1;
  }

  /** Adds a directed relation between two objects. */
  public void edge(int from, int to, String label) {
    edges.add(new Edge(label, from, to));
  }

  /** The canonical text after {@code rounds} rounds of refinement. */
  public String text(int rounds) {
    int n = labels.size();
    String[] colour = labels.toArray(new String[0]);
    for (int round = 0; round < rounds; round++) {
      List<List<String>> signature = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        signature.add(new ArrayList<>());
      }
      for (Edge e : edges) {
        signature.get(e.from()).add("+" + e.label() + ":" + colour[e.to()]);
        signature.get(e.to()).add("-" + e.label() + ":" + colour[e.from()]);
      }
      String[] full = new String[n];
      TreeMap<String, Integer> rank = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        Collections.sort(signature.get(i));
        full[i] = colour[i] + "|" + String.join(",", signature.get(i));
        rank.put(full[i], 0);
      }
      int r = 0;
      for (var entry : rank.entrySet()) {
        entry.setValue(r++);
      }
      String[] next = new String[n];
      for (int i = 0; i < n; i++) {
        next[i] = labels.get(i) + "#" + rank.get(full[i]);
      }
      colour = next;
    }
    List<String> parts = new ArrayList<>(List.of(colour));
    Collections.sort(parts);
    List<String> rel = new ArrayList<>();
    for (Edge e : edges) {
      rel.add(e.label() + ":" + colour[e.from()] + ">" + colour[e.to()]);
    }
    Collections.sort(rel);
    return String.join(" ", parts) + ";" + String.join(" ", rel);
  }
}
