A puzzle-setter has drawn a ${view.size}-by-${view.size} board. Each square must get one of the numbers 1 to ${view.size}, and no number may appear twice in the same row or in the same column, so every row and every column ends up using each number exactly once.

A few squares already carry their numbers, and small arrows between neighbouring squares say which of the two numbers is smaller. In the sketch below, `.` marks a square still to be filled. Inside a row, `<` and `>` point at the smaller of the two neighbours, so `3 > .` means the empty square holds less than 3. Between two rows, `^` under a square points up at the smaller number (the upper square is smaller than the one beneath it), while `v` points down (the upper square is larger).

```
${view.picture}
```

The same inequalities, spelled out:
<#list view.inequality_formulas as formula>
- ${formula}
</#list>

There is only one way to complete the board. Find it, and write each row as its numbers separated by spaces, in the style of `${view.example_row}` (that shows only the style, not a row of the solution).

${answer_format}

Write the completed board inside <answer></answer> tags, one row per line.
