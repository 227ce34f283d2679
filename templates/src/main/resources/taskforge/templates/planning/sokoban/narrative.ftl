You are a warehouse keeper. ${view.boxes} crate<#if view.boxes != 1>s</#if> must be pushed onto the marked storage spots of this storeroom (seen from above, ${view.height} rows by ${view.width} columns; rows are counted from the top, columns from the left):

<#list view.board_rows as row>
${row}
</#list>

Here # is a wall, _ is bare floor, $ a crate, . a storage spot, * a crate already on a spot, and @ is you (+ if you stand on a spot). You are at ${view.player_at}. The crates stand at ${view.box_list?join("; ")}; the storage spots are at ${view.goal_list?join("; ")}.

You walk one square at a time, up, down, left or right. Walking into a crate shoves it one square onward, but only if that square is free floor or a storage spot; crates are too heavy to pull, and two crates in a row will not budge. Take care not to shove a crate into a corner it can never leave.

List your moves until every storage spot holds a crate.

${answer_format}

Put your moves, one per line, inside <answer></answer> tags.
