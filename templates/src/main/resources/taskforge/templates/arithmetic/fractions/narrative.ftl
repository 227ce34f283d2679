A baker scales a recipe by working out the fraction below by hand, and she wants it exact and fully simplified, not as a rounded decimal:

    ${view.expression}

Every p/q in it is a single fraction; the usual conventions hold (brackets first, multiplication and division before addition and subtraction, and otherwise left to right).
<#if params.mode == "trace">
She wants to see every rewrite on its own line, writing out the whole expression each time. One line may do just one of these things: work out one operation on two numbers (the answer can stay unsimplified until a later line), cancel a common factor in one fraction, bring the two fractions of one sum or difference to a common denominator, or turn a division by p/q into a multiplication by q/p. When the expression has become a single number, finish with "Result:" followed by that number in lowest terms.
</#if>

What is the value of the expression?

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
