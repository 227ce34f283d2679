You are in a maze drawn as a grid of ${view.height} rows and ${view.width} columns:

<#list view.board_rows as row>
${row}
</#list>

Legend: # is a wall, . is open floor, S is where you start, G is the goal. A lowercase letter (a to f) is a key; the uppercase letter of the same colour (A to F) is a door.

Rules:
- Each move takes you one cell up, down, left or right. You cannot move into a wall or off the grid.
- Stepping onto a key picks it up. You keep every key you pick up; keys are never used up.
- You can step into a door only while you hold the key with the same letter (key a opens door A). An opened door stays open.
- Moving onto S, G, floor or an already-opened door needs nothing.

Find a sequence of moves that takes you from S to G.

Answer format: ${answer_format}

Write your moves inside <answer></answer> tags.
