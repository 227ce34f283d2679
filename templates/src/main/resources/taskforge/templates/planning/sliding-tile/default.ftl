This is the ${view.puzzle}: a ${view.size}x${view.size} board holding tiles numbered 1 to ${view.tiles} and one empty square, the blank (shown as _). A move slides one tile that is next to the blank (directly above, below, left or right of it; never diagonally) into the blank, so the blank and that tile swap places.

Start position:
<#list view.board_rows as row>
${row}
</#list>

Goal position:
<#list view.goal_rows as row>
${row}
</#list>

${view.convention_text}

Find a sequence of moves that turns the start position into the goal position.

Answer format: ${answer_format}

Write your moves inside <answer></answer> tags.
