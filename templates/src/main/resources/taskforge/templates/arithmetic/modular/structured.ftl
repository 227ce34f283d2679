Task: modular arithmetic (${view.kind}).

<#if view.kind == "power">Compute: ${view.a}^${view.e} mod ${view.m}
Answer: the residue, 0 to ${view.m_minus_1}.
<#elseif view.kind == "inverse">Find: x with ${view.a}·x ≡ 1 (mod ${view.m}), 0 ≤ x < ${view.m}
Answer: x, or "none" if ${view.a} has no inverse modulo ${view.m}.
<#else>Solve: ${view.a}·x ≡ ${view.b} (mod ${view.m})
Answer: all solutions, as "x ≡ r (mod n)" (or the list of all solutions modulo ${view.m}), or "none".
</#if>
<#if params.mode == "trace">
Trace: one step per line, then "Result: <answer>".
<#if view.kind == "power">- Lines "${view.a}^K ≡ ... ≡ r (mod ${view.m})", each K a square or a sum of two exponents already computed.
<#else>- Divisions "x = q × y + r" from ${view.m} = q × ${view.a} + r down to remainder 1 or 0.
- Combinations "r = ... = s × ${view.a} + t × ${view.m}" for the remainders.
- Solution line "x ≡ ... (mod n)".
</#if>- Products with × or * (x is the unknown).

${view.example}
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
