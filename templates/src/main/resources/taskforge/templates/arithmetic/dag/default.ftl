The following definitions describe a computation graph. Each node is either a given number or the result of an operation (+, - or *) on two other nodes. All arithmetic is exact integer arithmetic.

<#list view.equations as line>
${line}
</#list>

What is the value of ${view.target}?
<#if params.mode == "trace">

Show your work: write one line per node you compute, in the form NAME = LEFT op RIGHT = value, where LEFT and RIGHT are the names of the node's operands, computing every node only after the nodes it uses. You may skip nodes that ${view.target} does not depend on. End with a line Result: <value of ${view.target}>.
<#else>

Give only the value of ${view.target} as your final answer.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
