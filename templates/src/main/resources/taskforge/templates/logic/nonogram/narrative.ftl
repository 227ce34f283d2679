A mosaic artist hid a small black-and-white picture in a ${view.width}-by-${view.height} grid of tiles (${view.width} tiles across, ${view.height} rows down). Instead of the picture, she left only counting hints.

For each row, reading from the left, she wrote down how long each unbroken run of black tiles is, in order. For each column, reading from the top, she did the same. Two runs in the same row or column always have at least one white tile between them. A hint of 0 means the row or column has no black tile.

Hints for the rows, from the top row down:
<#list view.row_clues as clue>
  row ${clue?counter}: ${clue}
</#list>

Hints for the columns, from the leftmost column to the right:
<#list view.column_clues as clue>
  column ${clue?counter}: ${clue}
</#list>

Only one picture fits all of her hints. Recover it, writing a black tile as `#` and a white tile as `.`; for instance, a row of this mosaic could be written `${view.example_row}`.

${answer_format}

When you have the picture, write it inside <answer></answer> tags, one row per line.
