${view.question}
<#if view.kind == "congruence">

If the congruence has several solutions modulo ${view.m}, give them all, as one class "x ≡ r (mod n)" or as a list.
</#if>

<#if params.mode == "trace">
Show your work, one step per line, then a line "Result: " with the answer.<#if view.kind == "power"> Compute ${view.a}^${view.e} by squaring and multiplying: each line states a new power of ${view.a} reached in one squaring or one multiplication of powers already computed, with its residue modulo ${view.m}, in the form "${view.a}^K ≡ ... ≡ r (mod ${view.m})".<#else> Use the extended Euclidean algorithm: division lines "x = q × y + r" starting with ${view.m} = q × ${view.a} + r, lines writing each remainder as a combination of ${view.a} and ${view.m} (or of two other numbers of the divisions), and a final solution line "x ≡ ... (mod n)". If there is no answer, the divisions down to remainder 0 and "Result: none" are enough.</#if> Use × or * for products (x is the unknown).

${view.example}
<#else>
Work it out, then give the answer.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
