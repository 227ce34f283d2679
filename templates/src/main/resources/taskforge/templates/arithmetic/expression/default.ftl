Evaluate the following arithmetic expression exactly:

${view.expression}

Use the standard order of operations: parentheses first, then unary minus, then multiplication and division from left to right, then addition and subtraction from left to right.<#if params.division> Division is exact (no rounding), so the result may be a fraction.</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
