Task: long addition (${view.count} addends).

```
${view.stacked}
```

Addends:
<#list view.addends as a>
- ${a}
</#list>

<#if params.mode == "trace">
Required output: the column-by-column trace, then the result.
- One line per column, ones column first: "column K: terms = total, write D, carry C".
- Terms: the digits of the addends in column K plus the carry from column K-1 (any order; zeros may be omitted).
- D is the last digit of the total; C is the total without its last digit (C may be more than 9).
- Last line: "Result: <sum>".

Example (58 + 67):
column 1: 8 + 7 = 15, write 5, carry 1
column 2: 5 + 6 + 1 = 12, write 2, carry 1
Result: 125
<#else>
Required output: the exact sum as a single whole number.
</#if>

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
