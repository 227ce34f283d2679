Convert the number ${view.number}, written in ${view.from_name}, to ${view.to_name}.
<#if view.letters>

Digits above 9 are written as letters: A = 10, B = 11, ..., Z = 35.
</#if>

<#if params.mode == "trace">
Show your work, one step per line.<#if view.from_base != 10> First read the number into base 10 with Horner's rule, one line per digit after the first of the form "acc × ${view.from_base} + digit = value" (acc starts as the leading digit), or with the positional expansion (terms "digit × ${view.from_base}^exponent" and their sums).</#if><#if view.to_base != 10> <#if view.from_base != 10>Then w<#else>W</#if>rite the base-10 value in base ${view.to_base} by repeated division, one line per division of the form "n ÷ ${view.to_base} = q remainder r", dividing each quotient again until the quotient is 0; the remainders, read from the last to the first, are the digits.</#if> Finish with a line "Result: " followed by the converted number. For example, converting ${view.example_title}:

${view.example}
<#else>
What is the number in ${view.to_name}?
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
