A bookkeeper has to total ${view.count} figures by hand, the way it is taught in school: write them under one another, add column by column from the right, and carry into the next column.

${view.stacked}

<#if params.mode == "trace">
Please show the bookkeeper's work. For each column, from the rightmost (column 1) to the left, write one line naming the column, the digits added (with the carry from the previous column), their total, the digit written down and the carry, like this for 58 + 67:

column 1: 8 + 7 = 15, write 5, carry 1
column 2: 5 + 6 + 1 = 12, write 2, carry 1
Result: 125

Close the work with a line "Result: <sum>".
<#else>
What is the total? You may reason first; only the final number is checked.
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
