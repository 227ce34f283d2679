Priya is playing a number game with a friend. She writes down ${view.start}, and then, one after another, she has to <#list view.instructions as step>${step}<#sep>, then </#sep></#list>. Each instruction applies to the number she has just written; every division she meets comes out even, so the numbers stay whole (though they may turn negative).

<#if params.mode == "trace">
Her friend wants to check every move, so write the game down one instruction per line as "a op b = c" (the number before the instruction, the operation, the instruction's number, the new number), in the order she plays them, and finish with a line "Result: " and the number she ends with. A game of "start with 7; add 12; multiply by 3; subtract 60" would be written:

${view.example}
<#else>
Which number does Priya end up with?
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
