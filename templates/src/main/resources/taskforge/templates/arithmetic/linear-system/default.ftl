Solve the following system of linear equations exactly for ${view.variables}:

<#list view.equations as equation>
${equation}
</#list>

The system has exactly one solution. Give every value exactly, as an integer or a fraction; do not round.
<#if params.mode == "trace">

Show your work as a trace, one step per line, with the rows R1 to R${view.equations?size} being the equations in the order given.
- A row operation names the row it changes and gives the resulting row in brackets (coefficients in the order ${view.variables}, then | and the constant), e.g. "R2 = R2 - 3/2 R1: ${view.example_row}". The new row may combine rows freely as long as it keeps a nonzero multiple of itself; to exchange two rows write "R1 <-> R2".
- When a row holds one unknown besides unknowns already found, give its value on its own line, e.g. "${view.variables?keep_before(",")} = 7/3".
- End with a line "Result: " followed by all the values, e.g. "Result: ${view.example}".
Any pivot order is accepted.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
