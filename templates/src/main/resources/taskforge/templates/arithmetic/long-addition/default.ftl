Add the following ${view.count} whole numbers exactly:

${view.expression}

<#if params.mode == "trace">
Use column addition and show your work, one line per column, starting with the ones column (column 1) and moving left:

column K: <the column's digits and the carry from the column before, joined by +> = <total>, write <last digit of the total>, carry <the rest of the total>

For example, 58 + 67 is worked out as:
column 1: 8 + 7 = 15, write 5, carry 1
column 2: 5 + 6 + 1 = 12, write 2, carry 1
Result: 125

After the last column, finish with the line "Result: <sum>".
<#else>
Only the sum is scored.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
