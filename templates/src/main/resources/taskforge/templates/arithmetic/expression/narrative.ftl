A student's worksheet ends with one last line to simplify, and the teacher wants the exact result, not a rounded decimal:

    ${view.expression}

The usual conventions apply: what is in parentheses is worked out first, a minus sign in front of a number or a parenthesis negates it, multiplication and division come before addition and subtraction, and operations of the same kind are done from left to right.<#if params.division> Keep every division exact; the result may be a fraction.</#if>

What is the value of the expression? Explain your work if you like, then state the result.

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
