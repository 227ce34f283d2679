Task: knights and knaves.

Rules:
- Each person is exactly one of: knight (every statement they make is true) or knave (every statement they make is false).
- "or" is inclusive; "if A then B" is false only when A is true and B is false; "A if and only if B" is true when A and B have the same truth value; "it is not the case that A" is true when A is false.
- Parenthesized parts are evaluated as a unit. "I" refers to the speaker.

People (${view.count}), in order of introduction:
<#list view.people as person>
${person?counter}. ${person}
</#list>

Statements:
<#list view.statements as line>
S${line?counter}. ${line}
</#list>

Question: which people are knights and which are knaves? Exactly one assignment is consistent with all statements.

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
