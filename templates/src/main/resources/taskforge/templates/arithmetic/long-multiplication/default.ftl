Multiply exactly:

${view.expression}

<#if params.mode == "trace">
Use long multiplication and show your work, one step per line:
1. For each non-zero digit of ${view.multiplier}, multiply ${view.multiplicand} by that digit written with its place value (the tens digit 5 as 50, the hundreds digit 3 as 300): "A × D = P".
2. Add the partial products, in one line or as a running total: "X + Y = S".
3. Finish with the line "Result: <product>".

For example, 47 × 36 is worked out as:
47 × 6 = 282
47 × 30 = 1410
282 + 1410 = 1692
Result: 1692
<#else>
Only the product is scored.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
