Task: evaluate a node of a computation graph (DyVal style).

Nodes (${view.node_count}; order: ${params.order}):
<#list view.equations as line>
  - ${line}
</#list>

Rules:
- A node written NAME = number is given.
- A node written NAME = LEFT op RIGHT applies op to the values of nodes LEFT and RIGHT; - means LEFT minus RIGHT; * is multiplication.
- Values are exact integers.

Question: value of ${view.target}.
<#if params.mode == "trace">
Mode: trace. List the computation one node per line as NAME = LEFT op RIGHT = value, each node after the nodes it uses (skipping unneeded nodes is allowed), then a final line Result: value.
<#else>
Mode: final. Only the value of ${view.target} is scored.
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
