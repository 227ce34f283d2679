Start with ${view.start} and apply the following operations in order, each one to the result of the previous one:

<#list view.instructions as step>${step?index + 1}. ${step?cap_first}
</#list>

All values are integers, and every division comes out exact.

<#if params.mode == "trace">
Show your work: write one line per operation, in the order given, of the form "a op b = c", where a is the running value before the operation, b is the number in the operation and c is the new running value. After the last step, write "Result: " followed by the end value. For example, for "start with 7; add 12; multiply by 3; subtract 60" the trace is:

${view.example}
<#else>
What is the final value?
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
