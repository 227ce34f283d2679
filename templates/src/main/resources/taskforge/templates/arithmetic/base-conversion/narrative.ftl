An old control panel displays its counter in ${view.from_name}; right now it reads ${view.number}. The maintenance log, however, must record the same count in ${view.to_name}.<#if view.letters> (As usual for bases above 10, the digits after 9 are the letters A = 10, B = 11, and so on up to Z = 35.)</#if>

<#if params.mode == "trace">
The log requires the conversion to be shown. <#if view.from_base != 10>Bring the reading into base 10 first, either digit by digit with Horner's rule ("acc × ${view.from_base} + digit = value" per line, starting from the leading digit) or as a sum of terms "digit × ${view.from_base}^exponent". </#if><#if view.to_base != 10>Then divide by ${view.to_base} over and over, one line "n ÷ ${view.to_base} = q remainder r" per division, until the quotient is 0; the remainders from last to first are the new digits. </#if>Close with "Result: " and the converted number. This is how ${view.example_title} would be logged:

${view.example}
<#else>
What should the log entry say?
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
