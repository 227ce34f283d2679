Task: long multiplication.

```
${view.stacked}
```

Multiplicand: ${view.multiplicand} (${view.multiplicand?length} digits)
Multiplier: ${view.multiplier} (${view.multiplier?length} digits)

<#if params.mode == "trace">
Required output: the partial products and their sums, then the result.
- Partial product, one per non-zero digit of the multiplier (any order): "${view.multiplicand} × D = P", where D is the digit followed by as many zeros as its place (ones: none, tens: one, ...).
- Sum lines: "X + Y = S" (or more terms); each partial product and each earlier sum is added exactly once, until one number is left.
- Last line: "Result: <product>".

Example (47 × 36):
47 × 6 = 282
47 × 30 = 1410
282 + 1410 = 1692
Result: 1692
<#else>
Required output: the exact product as a single whole number.
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
