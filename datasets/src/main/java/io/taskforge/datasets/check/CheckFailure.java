package io.taskforge.datasets.check;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * One kind of case that failed, as reported: the smallest failing instance found (after shrinking),
 * what went wrong there, and the command that reproduces it.
 *
 * @param task the task id
 * @param property the property that does not hold
 * @param kind the case, e.g. {@code mutant off-by-one (invalid)}, {@code the prompt itself}
 * @param what what went wrong, one sentence
 * @param level the level of the instance, or -1 when the failure is not about one instance (a
 *     median that falls between levels, a task without an oracle)
 * @param params the instance's full params, in schema order (empty when not about one instance)
 * @param seed the dataset seed
 * @param index the instance's index, or -1 when not about one instance
 * @param problem the instance's structured problem as JSON, or empty
 * @param response the response that was scored, or null when the case scores none
 * @param verdict the verdict it got (or why there was none), or null
 * @param occurrences how many cases of this kind failed in the whole check
 * @param shrunkFrom where the first failure was found before shrinking, with the original values
 *     of the params shrinking changed ({@code level 7, index 3 (digits=3)}), or null when shrinking
 *     found nothing smaller or did not run
 * @param reproduce a command that runs this case again
 */
public record CheckFailure(
    String task,
    Property property,
    String kind,
    String what,
    int level,
    Map<String, Object> params,
    long seed,
    long index,
    String problem,
    String response,
    String verdict,
    long occurrences,
    String shrunkFrom,
    String reproduce) {

  public CheckFailure {
    params = ImmutableMap.copyOf(params);
  }

  /** Whether the failure is about one instance (so it has a level, params and an index). */
  public boolean aboutOneInstance() {
    return index >= 0;
  }
}
