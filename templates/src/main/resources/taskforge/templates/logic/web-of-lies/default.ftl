Each person below either always tells the truth or always lies.

<#list view.sentences as line>
${line}
</#list>

Question: Does ${view.question_person} tell the truth?

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
