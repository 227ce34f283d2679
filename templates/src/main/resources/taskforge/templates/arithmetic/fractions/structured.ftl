Task: exact fraction arithmetic.

Expression:
  ${view.expression}

Rules:
- p/q is one fraction; a negative fraction is written -p/q.
- Precedence, highest first: parentheses; × and ÷; + and -. Equal precedence goes left to right.
- Work with exact fractions; do not round.
- The result must be in lowest terms.
<#if params.mode == "trace">
- Mode: trace. Write one step per line, each the whole expression after one rewrite (compute one operation on two numbers; reduce one fraction; put the two operands of one + or - over a common denominator; or turn ÷ p/q into × q/p), then a last line "Result: <value>".
- The reference solution takes ${view.reference_steps} steps; any valid order of work is accepted.
<#else>
- Mode: final. Only the value is scored.
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
