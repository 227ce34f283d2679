Task: running computation (exact integer arithmetic).

Start value: ${view.start}
Operations (apply in order to the running value):
<#list view.instructions as step>- ${step}
</#list>
Output: <#if params.mode == "trace">the full trace: one line "a op b = c" per operation in order (a = running value before it, b = its number, c = running value after it), then the line "Result: <end value>".

Example trace for "start with 7; add 12; multiply by 3; subtract 60":
${view.example}<#else>the end value.</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
