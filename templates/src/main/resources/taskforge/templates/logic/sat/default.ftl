Decide whether the following Boolean formula is satisfiable. It is in conjunctive normal form over ${view.variables} variables, x1 to ${view.last_variable}: each of its ${view.clause_count} clauses is an OR of ${view.clause_size} literals (¬ means NOT), and the formula is the AND of all the clauses.

<#list view.clauses_math as clause>
${clause}
</#list>

If some assignment of true/false values to the variables makes every clause true, give one such assignment; any satisfying assignment is accepted. If no assignment makes every clause true, answer UNSAT.

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
