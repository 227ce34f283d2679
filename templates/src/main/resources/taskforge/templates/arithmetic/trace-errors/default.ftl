<#if view.kind == "chain">
A computation starts with a number and applies each instruction in turn to the running value:
<#elseif view.kind == "variables">
A computation defines each new name from two earlier ones (- means left minus right, * is multiplication):
<#else>
A sequence starts with two given terms; every later term is the sum of the two terms before it:
</#if>

<#list view.task_lines as line>
${line}
</#list>

Here is a step-by-step trace of this computation. It may contain mistakes.

<#list view.trace as line>
${line}
</#list>

A step is wrong when any number it writes is not the correct one: an operand that differs from the true value of what it stands for (the given number<#if view.kind == "chain">, the instruction's number</#if> or the true result of the earlier step it uses, even if that step wrote something else), or a result that differs from the true result. Which step is the first wrong step? If every step is right, answer none.

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
