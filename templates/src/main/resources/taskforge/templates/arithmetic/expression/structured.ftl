Task: exact evaluation of an arithmetic expression.

Expression:
  ${view.expression}

Rules:
- Operators: + (addition), - (subtraction, or negation when written before a number or a parenthesis), * (multiplication), / (exact division).
- Precedence, highest first: parentheses; unary minus; * and /; + and -. Operators of equal precedence are applied left to right.
- Work with exact fractions; do not round.

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
