Task: grade-school word problem (${view.topic}).

Story:
${view.story}

Question:
${view.question}

<#if params.mode == "trace">
Quantities to compute (${problem.quantities?size}), one line each as name = expression = value:
<#list problem.quantities as q>
${q?counter}. ${q.name}: ${q.about}
</#list>

Rules:
- Write every quantity above exactly once, each after the quantities it depends on (the numbering above is for reference only; any valid order is accepted).
- Expressions use numbers from the story, names of quantities already written, + - * / and parentheses; every value is exact.
- End with the line: Result: <the answer to the question>
<#else>
Rules:
- Some sentences may not matter for the question.
- The answer is one exact number (integer, decimal or fraction), without units.
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
