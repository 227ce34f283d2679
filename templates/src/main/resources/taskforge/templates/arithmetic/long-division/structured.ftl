Task: long division with remainder.

Dividend: ${view.dividend} (${view.dividend?length} digits)
Divisor: ${view.divisor} (${view.divisor?length} digits)

Find the whole-number quotient Q and the remainder r, with ${view.dividend} = Q × ${view.divisor} + r and 0 ≤ r < ${view.divisor}.

<#if params.mode == "trace">
Required output: the long division, then the result.
- One line per quotient digit: "P ÷ ${view.divisor} = q R r" (q from 0 to 9, r = P − q × ${view.divisor}).
- Line 1: P is a leading part of the dividend; every later line: P = 10 × (previous r) + the next digit of the dividend.
- Continue until the last digit of the dividend has been brought down.
- Last line: "Result: Q R r".

Example (7403 ÷ 6):
7 ÷ 6 = 1 R 1
14 ÷ 6 = 2 R 2
20 ÷ 6 = 3 R 2
23 ÷ 6 = 3 R 5
Result: 1233 R 5
<#else>
Required output: "Q R r", e.g. 1233 R 5.
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
