On an island, every inhabitant is either a knight, who always tells the truth, or a knave, who always lies. You meet ${view.count} inhabitants: ${view.people_joined}. Each of them makes one statement:

<#list view.statements as line>
${line}
</#list>

How to read the statements: "or" is inclusive (at least one part is true); "if A then B" is false only when A is true and B is false; "A if and only if B" means A and B are both true or both false; "it is not the case that A" means A is false. Parentheses show how the parts are grouped.

Exactly one assignment of roles is consistent with all the statements. Determine who is a knight and who is a knave.

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
