Solve this ${view.size}x${view.size} futoshiki puzzle.

Fill every cell with a number from 1 to ${view.size} so that each row and each column contains every number from 1 to ${view.size} exactly once. The numbers already shown must stay, and every inequality sign between two neighbouring cells must hold.

How to read the grid: `.` is an empty cell to fill. Between two cells of a row, `<` means the left number is smaller than the right one and `>` means it is larger. On the line between two rows, a `^` under a cell means the number above it is smaller than the number below it, and a `v` means the number above is larger.

```
${view.picture}
```

The puzzle has exactly one solution.

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
