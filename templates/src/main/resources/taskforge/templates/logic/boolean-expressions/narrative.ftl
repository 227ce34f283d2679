A logic gate simulator prints out the following circuit, written as a formula:

    ${view.expression}

You need to know what comes out at the end. Work it out carefully, step by step, from the innermost parts outward. <#if view.minimal>The printout saves on parentheses, so remember the usual binding order: "not" first, then "and", then "xor", then "or".<#else>Every group that belongs together is wrapped in parentheses.</#if><#if view.xor> The "xor" gate outputs True exactly when an odd number of its inputs are True.</#if>

Is the final output True or False?

${answer_format}

When you are done, write the final value inside <answer></answer> tags.
