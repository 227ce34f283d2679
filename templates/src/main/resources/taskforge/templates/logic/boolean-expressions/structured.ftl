Task: boolean expression evaluation.

Expression:
    ${view.expression}

Rules:
- True and False are the only values.
- not X: the opposite of X.
- X and Y (and ...): True only if every operand is True.
- X or Y (or ...): True if at least one operand is True.
<#if view.xor>
- X xor Y (xor ...): True if an odd number of operands are True.
</#if>
<#if view.minimal>
- Grouping: parentheses first; otherwise "not" binds tightest, then "and", then "xor", then "or".
<#else>
- Grouping: every compound operand is in parentheses.
</#if>

Question: what is the value of the expression?

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
