Evaluate the following boolean expression.

${view.expression}

<#if view.minimal>Parentheses appear only where they are needed. Precedence, from tightest to loosest: "not", then "and", then "xor", then "or" (so "not True and False or True" means "((not True) and False) or True"). A chain of the same operator is evaluated left to right.<#else>Parentheses show exactly how the parts are grouped.</#if> "and" is true when all its operands are true; "or" is true when at least one is true<#if view.xor>; "xor" (exclusive or) is true when an odd number of its operands are true, so "A xor B" is true when exactly one of A and B is</#if>; "not" flips a value.

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
