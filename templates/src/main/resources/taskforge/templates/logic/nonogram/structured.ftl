Task: nonogram, ${view.width} columns x ${view.height} rows.

Rules:
- Every cell is filled or empty.
- The numbers above a column are its clue, read top to bottom; the numbers left of a row are its clue, read left to right.
- A clue lists the lengths of the runs of consecutive filled cells in that line, in order. Runs are separated by at least one empty cell. A clue of 0 means the line is entirely empty.
- Each `.` in the grid below is a cell still to be decided.

```
${view.clue_picture}
```

Exactly one grid satisfies every clue.

Answer format: ${answer_format}

Output the final grid inside <answer></answer> tags.
