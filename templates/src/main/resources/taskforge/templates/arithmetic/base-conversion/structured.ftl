Task: base conversion.

Number: ${view.number}
From: ${view.from_name}
To: ${view.to_name}
Digits above 9: letters, A = 10 ... Z = 35 (either case).
Output: <#if params.mode == "trace">the trace, one step per line, then "Result: <number in base ${view.to_base}>".
<#if view.from_base != 10>- Into base 10: Horner lines "acc × ${view.from_base} + digit = value", or positional terms "digit × ${view.from_base}^e" and sums.
</#if><#if view.to_base != 10>- Out of base 10: division lines "n ÷ ${view.to_base} = q remainder r" until the quotient is 0.
</#if>
Example trace (${view.example_title}):
${view.example}<#else>the number in base ${view.to_base}.</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
