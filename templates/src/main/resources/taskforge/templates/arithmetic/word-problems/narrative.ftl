Here is a problem from a grade-school math worksheet. Read it carefully: not every detail in it is needed.

"${view.statement}"

<#if params.mode == "trace">
The teacher wants to see the work, not just the answer. Give each of these named quantities its own line, written as name = expression = value, where the expression uses numbers from the story and the names of quantities you have already written:
<#list problem.quantities as q>
  * ${q.name}, ${q.about}
</#list>
Any order works as long as every quantity comes after the ones it is computed from. Finish with a line "Result: <number>" that answers the question.
<#else>
Work it out step by step if you like, then state the exact answer as a plain number (no units, no rounding).
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
