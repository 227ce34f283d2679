Task: find the first wrong step in an arithmetic trace.

Computation (<#if view.kind == "chain">running value<#elseif view.kind == "variables">named values<#else>recurrence</#if>):
<#list view.task_lines as line>
  ${line}
</#list>

Trace (${view.steps} steps):
<#list view.trace as line>
  ${line}
</#list>

Definitions:
- Correct value of an operand: the given number<#if view.kind == "chain"> or the instruction's number</#if>, or the true result of the earlier step it refers to.
- A step is wrong if a written operand or its written result differs from the correct value.
- Output: the number of the first wrong step, or none if no step is wrong.

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
