${view.intro}

<#list view.clues as line>
${line}
</#list>

Exactly one order is consistent with all of these clues. Positions are counted ${view.meaning}.

${view.question}

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
