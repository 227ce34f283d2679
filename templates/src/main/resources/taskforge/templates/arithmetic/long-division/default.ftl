Divide with whole numbers and give the quotient and the remainder:

${view.expression}

<#if params.mode == "trace">
Use long division and show your work, one line per quotient digit, in the form "P ÷ D = q R r":
- the first line divides the leading digits of ${view.dividend} (usually the shortest leading part that is at least ${view.divisor});
- each later line brings down the next digit after the remainder of the line before (P = 10 × r + next digit);
- q is a single digit and r = P − q × D.
Finish with the line "Result: <quotient> R <remainder>".

For example, 7403 ÷ 6 is worked out as:
7 ÷ 6 = 1 R 1
14 ÷ 6 = 2 R 2
20 ÷ 6 = 3 R 2
23 ÷ 6 = 3 R 5
Result: 1233 R 5
<#else>
Write the answer as "Q R r", for example 1233 R 5 (quotient 1233, remainder 5).
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
