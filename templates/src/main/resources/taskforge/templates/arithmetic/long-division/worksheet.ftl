A warehouse has ${view.dividend} identical items to pack into boxes of ${view.divisor} each. Every box must be full; items that do not fill a whole box are left over.

How many full boxes can be packed, and how many items are left over? Work it out by long division: the number of boxes is the quotient of ${view.expression} and the items left over are the remainder.

<#if params.mode == "trace">
Show the long division the way it is written on paper, one line for each digit of the quotient: "P ÷ ${view.divisor} = q R r", where P is the number being divided at that point (a leading part of ${view.dividend} on the first line, then the previous remainder with the next digit brought down), q the digit of the quotient and r what is left. For 7403 items in boxes of 6 it reads:

7 ÷ 6 = 1 R 1
14 ÷ 6 = 2 R 2
20 ÷ 6 = 3 R 2
23 ÷ 6 = 3 R 5
Result: 1233 R 5

End with the line "Result: <boxes> R <left over>".
<#else>
Give the answer as "Q R r" (boxes R left over), for example 1233 R 5.
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
