A surveyor's notebook records ${view.equations?size} measurements, each a linear relation between the unknown quantities ${view.variables}:

<#list view.equations as equation>
  (${equation?counter}) ${equation}
</#list>

Together they pin down every unknown exactly. Work out each value as an exact integer or fraction.
<#if params.mode == "trace">
Show the elimination the way the surveyor would check it: one line per row operation, naming the changed row (R1 is relation (1), and so on) and writing the whole new row in brackets, like "R2 = R2 - 3/2 R1: ${view.example_row}" (coefficients in the order ${view.variables}, then the constant after |); swaps are written "R1 <-> R2". Then read off one unknown per line, like "${view.variables?keep_before(",")} = 7/3", once a row holds it alongside only unknowns you already know, and finish with "Result: ${view.example}" style assignments.
</#if>

What are the values of ${view.variables}?

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
