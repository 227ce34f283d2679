A control panel has ${view.variables} switches, labelled x1 to ${view.last_variable}; each is either on (true) or off (false). A safety inspector has written ${view.clause_count} rules, and the panel is safe only if every rule holds. Each rule names ${view.clause_size} conditions and holds when at least one of them is met: "x4" means switch x4 is on, and "not x4" means it is off.

<#list view.clauses_words as rule>
Rule ${rule?counter}: ${rule}
</#list>

Find a setting of the switches that satisfies every rule. It is possible that no setting satisfies them all; in that case say UNSAT.

${answer_format}

Write your final answer inside <answer></answer> tags.
