package io.taskforge.logic.syllogism;

import java.util.List;

/**
 * A categorical syllogism, in standard form, with the irrelevant statements shown alongside it.
 *
 * @param premises the major premise (about the middle term and the predicate) then the minor premise
 *     (about the middle term and the subject), each in standard form: {@code All X are Y},
 *     {@code No X are Y}, {@code Some X are Y} or {@code Some X are not Y}, with plural terms and no
 *     period (the prompt may word them differently and show them in another order)
 * @param conclusion the conclusion in standard form, about the subject and the predicate
 * @param mood the types of major premise, minor premise and conclusion, e.g. {@code AII}
 * @param figure 1 to 4: where the middle term stands (see {@link SyllogisticForm})
 * @param subject the subject term S (plural), as it appears in the standard forms
 * @param middle the middle term M
 * @param predicate the predicate term P
 * @param distractors further statements shown, in standard form, about terms that are none of S, M
 *     and P; they are consistent with each other, so they never change whether the conclusion follows
 */
public record SyllogismProblem(
    List<String> premises,
    String conclusion,
    String mood,
    int figure,
    String subject,
    String middle,
    String predicate,
    List<String> distractors) {

  public SyllogismProblem {
    premises = premises == null ? List.of() : List.copyOf(premises);
    distractors = distractors == null ? List.of() : List.copyOf(distractors);
  }
}
