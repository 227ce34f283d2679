Task: solve a ${view.equations?size}×${view.equations?size} linear system exactly.

Unknowns: ${view.variables}

Equations:
<#list view.equations as equation>
  R${equation?counter}: ${equation}
</#list>

Rules:
- The solution is unique; values are exact rationals (integers or fractions p/q), never rounded decimals.
- Answer with assignments such as: ${view.example}
<#if params.mode == "trace">
- Mode: trace. Steps, one per line:
  * row operation with its resulting row: R2 = R2 - 3/2 R1: ${view.example_row}
  * row swap: R1 <-> R2
  * value of one unknown, once it follows from a row: ${view.variables?keep_before(",")} = -5/2
  then a final line: Result: <all assignments>
- The reference solution takes ${view.reference_steps} steps; any valid sequence of row operations is accepted.
<#else>
- Mode: final. Only the values are scored.
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
