Evaluate the following expression exactly and give the result as a fraction in lowest terms:

${view.expression}

Each p/q is one fraction. Use the usual order of operations: parentheses first, then × and ÷ from left to right, then + and - from left to right.
<#if params.mode == "trace">

Show your work as a trace, one step per line. Each line is the whole expression after exactly one rewrite:
- compute one operation whose two operands are numbers (the result may stay unreduced for now),
- reduce one fraction by a common factor of its numerator and denominator,
- write both operands of one + or - over a common denominator,
- or replace "÷ p/q" by "× q/p".
Independent operations may be done in any order. End with a line "Result: <value>" giving the value in lowest terms.

For example, for 1/2 + 2/3 × 3/5 the trace could be:
1/2 + 6/15
1/2 + 2/5
5/10 + 4/10
9/10
Result: 9/10
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
