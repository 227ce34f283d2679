package io.taskforge.logic.zebra;

import java.util.List;

/**
 * The unique solution of a zebra puzzle.
 *
 * @param houses for house 1, 2, ...: its values in the problem's attribute order
 */
public record ZebraSolution(List<List<String>> houses) {
  public ZebraSolution {
    houses = houses == null ? List.of() : houses.stream().map(List::copyOf).toList();
  }
}
