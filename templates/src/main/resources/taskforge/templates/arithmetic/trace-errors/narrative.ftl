A student was asked to work out <#if view.kind == "chain">a running total<#elseif view.kind == "variables">a list of named quantities<#else>the terms of a sequence</#if> by hand and handed in the worked solution below. The teacher knows that students sometimes write down a wrong result and then carry on with the right one, sometimes carry a wrong result forward through every later step, and sometimes copy a number wrongly before computing with it, but this particular solution may also be perfectly correct.

The exercise:
<#list view.task_lines as line>
    ${line}
</#list>

The student's work (${view.steps} steps):
<#list view.trace as line>
    ${line}
</#list>

Check the work exactly. A step counts as wrong as soon as any number written in it differs from what the correct computation has there, whether it is an operand or the result. Which step is the first wrong one? If the student made no mistake at all, the answer is none.

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
