On a school worksheet the next exercise reads:

    ${view.expression} = ?

The pupils are expected to solve it on paper, without a calculator: multiply the top number by each digit of the bottom number, shift each partial product to its column, and add everything up.

<#if params.mode == "trace">
Write out the paper work the way the teacher wants to see it: one line per partial product, with the digit written at its place value (for instance "47 × 30 = 1410" for the tens digit 3 of 36), then the additions of the partial products, then a final line "Result: <product>". The worked example on the sheet is 47 × 36:

47 × 6 = 282
47 × 30 = 1410
282 + 1410 = 1692
Result: 1692
<#else>
What is the product? You may reason first; only the final number is checked.
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
