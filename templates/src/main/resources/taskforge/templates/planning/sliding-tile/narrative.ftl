On my desk lies an old ${view.puzzle}: ${view.tiles} numbered wooden tiles in a ${view.size} by ${view.size} frame, with one square left empty so the tiles can slide. You can only push a tile that touches the empty square along a side into it.

Reading the frame from the top row down, left to right, it looks like this right now:
<#list view.board_lines as line>
${line}
</#list>
The empty square is at ${view.blank_at}.

I want to get it back in order:
<#list view.goal_lines as line>
${line}
</#list>

When you write down the moves, follow this rule: ${view.convention_text}

Tell me the moves, in order, that put the tiles back in order.

${answer_format}

Put the list of moves, one per line, inside <answer></answer> tags.
